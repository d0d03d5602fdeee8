using System.Text.Json;
using System.Text.Json.Serialization;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Congress.Modules.Voting.Infrastructure.Persistence.Configurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> b)
    {
        b.ToTable("polls");
        b.HasKey(p => p.Id);
        b.Property(p => p.Title).IsRequired();
        b.Property(p => p.Definition).HasConversion(PollJson.Definition).IsRequired();
        b.Property(p => p.Rules).HasConversion(PollJson.Of<ElectionRules>()).IsRequired();
        b.Property(p => p.TellerCount).HasConversion(PollJson.Of<TellerCount>()!);
        b.Property(p => p.PublishedResult).HasConversion(PollJson.Of<PollResult>()!);
        b.HasIndex(p => new { p.CongressId, p.CreatedAtUtc });
    }
}

internal sealed class EligibleVoterConfiguration : IEntityTypeConfiguration<EligibleVoter>
{
    public void Configure(EntityTypeBuilder<EligibleVoter> b)
    {
        b.ToTable("eligible_voters");
        b.HasKey(e => new { e.PollId, e.DelegateId });
        b.Property(e => e.Delegation).IsRequired();
    }
}

/// <summary>The voter register: its key is its only content (see the secrecy note on <see cref="Voter"/>).</summary>
internal sealed class VoterConfiguration : IEntityTypeConfiguration<Voter>
{
    public void Configure(EntityTypeBuilder<Voter> b)
    {
        b.ToTable("voters");
        b.HasKey(v => new { v.PollId, v.DelegateId });
    }
}

/// <summary>The ballot box: keyed by the random ballot id, so its order says nothing of when a ballot came.</summary>
internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> b)
    {
        b.ToTable("ballots");
        b.HasKey(x => new { x.PollId, x.BallotId });
        b.Property(x => x.Selections).IsRequired();
    }
}

/// <summary>The box while the poll is open: keyed by a keyed hash of the ballot id, so its order says nothing either.</summary>
internal sealed class SealedBallotConfiguration : IEntityTypeConfiguration<SealedBallot>
{
    public void Configure(EntityTypeBuilder<SealedBallot> b)
    {
        b.ToTable("sealed_ballots");
        b.HasKey(x => new { x.PollId, x.Tag });
        b.Property(x => x.Sealed).IsRequired();
    }
}

internal sealed class NamedBallotConfiguration : IEntityTypeConfiguration<NamedBallot>
{
    public void Configure(EntityTypeBuilder<NamedBallot> b)
    {
        b.ToTable("named_ballots");
        b.HasKey(x => new { x.PollId, x.BallotId });
    }
}

internal sealed class ManualPresenceConfiguration : IEntityTypeConfiguration<ManualPresence>
{
    public void Configure(EntityTypeBuilder<ManualPresence> b)
    {
        b.ToTable("manual_presence");
        b.HasKey(x => new { x.CongressId, x.DelegateId });
    }
}

/// <summary>The poll's rules and counts stored as JSON text (they are read and written whole, never queried).</summary>
internal static class PollJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ValueConverter<T, string> Of<T>() where T : class =>
        new(value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<T>(json, Options)!);

    private sealed record DefinitionData(PollKind Kind, ListApprovalMode? ApprovalMode, int Seats, List<PollOption> Names);

    /// <summary>A definition is rebuilt through its factories, so what is read back passes the same checks as what was created.</summary>
    public static readonly ValueConverter<PollDefinition, string> Definition = new(
        d => JsonSerializer.Serialize(new DefinitionData(d.Kind, d.ApprovalMode, d.Seats, d.Names.ToList()), Options),
        json => Rebuild(JsonSerializer.Deserialize<DefinitionData>(json, Options)!));

    private static PollDefinition Rebuild(DefinitionData data) => data.Kind switch
    {
        PollKind.Motion => PollDefinition.Motion(),
        PollKind.ListApproval => PollDefinition.ListApproval(data.Names, data.ApprovalMode ?? ListApprovalMode.AsWhole).Value,
        _ => PollDefinition.Election(data.Seats, data.Names).Value,
    };
}
