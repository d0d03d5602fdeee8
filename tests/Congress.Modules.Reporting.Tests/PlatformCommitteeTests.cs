using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Progress.GetProgress;
using Congress.Modules.Reporting.Application.Progress.UpdateProgress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Reporting.Tests;

/// <summary>
/// The chain's last link (docs/adr/0032): the committee elected by secret ballot in Voting, its elected being delegates
/// with profiles in Delegates, fills the report's member list with their structure (marked as the platform's), and the
/// centre's roll-up counts it; what a profile lacks, or a candidate who is no delegate, stays "not stated".
/// </summary>
public abstract partial class ReportingTests<TFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record DelegateView(Guid Id, string Code, string FullName, DateOnly DateOfBirth, string Gender, string Ethnicity, string? Education,
        string? PoliticalTheory);

    private static string? EducationOf(string? text) => text switch
    {
        "Thạc sĩ" or "Tiến sĩ" => "PostGraduate",
        "Cử nhân" or "Kỹ sư" => "University",
        null => null,
        _ => throw new InvalidOperationException($"The demo gave an education this test does not know: {text}"),
    };

    private static string? TheoryOf(string? text) => text switch
    {
        "Cao cấp" => "Advanced",
        "Trung cấp" => "Intermediate",
        null => null,
        _ => throw new InvalidOperationException($"The demo gave a theory this test does not know: {text}"),
    };

    private static int Band(int age) => age < 35 ? 0 : age <= 50 ? 1 : age <= 60 ? 2 : 3;

    /// <param name="voters">Official delegates already seen in the hall (the roll call's present: no one gets more votes than there were present).</param>
    private async Task ElectsItsCommitteeInTheRealChainAsync(Guid congressId, Guid nb, IReadOnlyList<RosterEntry> voters)
    {
        var tw = await IdOfAsync("TW");
        var centreBefore = (await RollupAsync(tw, "TW")).Value.Structure;
        var organisers = await factory.ClientForAsync("admin");
        var chair = await factory.ClientForAsync("thuky");

        // A delegate whose profile leaves professional level and political theory empty.
        var code = $"DBX{Guid.NewGuid().ToString("N")[..5].ToUpperInvariant()}";
        var registered = await organisers.PostAsJsonAsync($"/api/delegates/congresses/{congressId}/delegates", new
        {
            code, fullName = "Hà Thị Mới", kind = "Official", dateOfBirth = new DateOnly(1990, 3, 4), gender = "Female", ethnicity = "Tày",
            partyJoinedOn = (DateOnly?)null, education = (string?)null, politicalTheory = (string?)null, position = (string?)null, unit = (string?)null,
            representedOrganisationId = nb, representedMembers = 0, delegation = "Đoàn bổ sung",
        });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        IReadOnlyList<RosterEntry> roster;
        await using (var scope = factory.Services.CreateAsyncScope())
            roster = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        var candidates = roster.Where(d => d.Kind == "Official" && d.CredentialsApproved && !voters.Any(v => v.DelegateId == d.DelegateId)).Skip(10).Take(3)
            .Append(roster.Single(d => d.Code == code)).ToList();
        var profiles = new List<DelegateView>();
        foreach (var c in candidates)
            profiles.Add((await organisers.GetFromJsonAsync<DelegateView>($"/api/delegates/delegates/{c.DelegateId}", Json))!);
        const string Outsider = "Phạm Văn Ngoài";

        // The congress elects five by secret ballot: four delegates and one candidate who is no delegate of it.
        var options = profiles.Select(p => new { key = p.Code, label = p.FullName }).Append(new { key = "NGOAI-1", label = Outsider }).ToList();
        var created = await chair.PostAsJsonAsync($"/api/voting/congresses/{congressId}/polls", new
        {
            title = "Bầu Ban Chấp hành Đảng bộ tỉnh", kind = "Election", visibility = "SecretElectronic", approvalMode = (string?)null, seats = 5,
            options, blankBallotValid = false,
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var poll = await created.Content.ReadFromJsonAsync<Guid>();
        var everyone = roster.Where(d => d.Kind == "Official" && d.CredentialsApproved).Select(d => d.DelegateId).ToList();
        (await chair.PutAsJsonAsync($"/api/voting/congresses/{congressId}/presence", new { delegateIds = everyone, present = false })).EnsureSuccessStatusCode();
        (await chair.PutAsJsonAsync($"/api/voting/congresses/{congressId}/presence", new { delegateIds = voters.Select(v => v.DelegateId), present = true })).EnsureSuccessStatusCode();
        var opened = await chair.PostAsJsonAsync($"/api/voting/polls/{poll}/open", new { });
        opened.StatusCode.Should().Be(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        foreach (var voter in voters)
        {
            var tablet = factory.CreateClient();
            tablet.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(Roles.Delegate, nb, voter.DelegateId));
            var cast = await tablet.PostAsJsonAsync($"/api/voting/polls/{poll}/ballots", new { ballotId = Guid.NewGuid(), selections = options.Select(o => o.key) });
            cast.StatusCode.Should().Be(HttpStatusCode.OK, await cast.Content.ReadAsStringAsync());
        }
        (await chair.PostAsync($"/api/voting/polls/{poll}/close", null)).EnsureSuccessStatusCode();
        (await chair.PostAsync($"/api/voting/polls/{poll}/publish", null)).EnsureSuccessStatusCode();

        ProgressReportDto report = null!;
        for (var i = 0; i < 150 && report?.CommitteeMembersSource != "Platform"; i++)
        {
            if (i > 0) await Task.Delay(200);
            report = (await factory.SendAsync(O, "NB", new GetProgressQuery(nb))).Value;
        }

        // The report lists the committee with each delegate's profile, marked as the platform's.
        report.CommitteeMembersSource.Should().Be("Platform", "Voting's published election fills the committee through the inbox");
        report.CommitteeElected.Should().Be(5);
        report.CommitteeElectedSource.Should().Be("Platform");
        var committee = report.Elected.Where(e => e.Body == "Committee").ToList();
        committee.Select(e => e.FullName).Should().Equal([.. profiles.Select(p => p.FullName), Outsider]);
        committee.Should().OnlyContain(e => e.Votes == voters.Count, "every voter kept every name");
        var heldYear = report.CongressHeldOn!.Value.Year;
        foreach (var (member, profile) in committee.Zip(profiles))
        {
            member.BirthYear.Should().Be(profile.DateOfBirth.Year);
            member.Gender.Should().Be(profile.Gender);
            member.Ethnicity.Should().Be(profile.Ethnicity);
            member.Education.Should().Be(EducationOf(profile.Education));
            member.PoliticalTheory.Should().Be(TheoryOf(profile.PoliticalTheory));
        }
        committee[3].Should().BeEquivalentTo(new { BirthYear = 1990, Gender = "Female", Ethnicity = "Tày", Education = (string?)null, PoliticalTheory = (string?)null },
            "what the profile leaves empty is not stated, never guessed");
        committee[4].Should().BeEquivalentTo(new { BirthYear = (int?)null, Gender = (string?)null, Ethnicity = (string?)null, Education = (string?)null, PoliticalTheory = (string?)null },
            "a candidate who is no delegate has no profile to read");

        // The centre's roll-up counts them: the stated attributes by category, the rest as not stated.
        var s = (await RollupAsync(tw, "TW")).Value.Structure;
        (s.Members - centreBefore.Members).Should().Be(5);
        int[] bands = new int[4];
        foreach (var p in profiles) bands[Band(heldYear - p.DateOfBirth.Year)]++;
        (s.AgeUnder35 - centreBefore.AgeUnder35, s.Age35To50 - centreBefore.Age35To50, s.Age51To60 - centreBefore.Age51To60, s.AgeOver60 - centreBefore.AgeOver60)
            .Should().Be((bands[0], bands[1], bands[2], bands[3]));
        (s.Women - centreBefore.Women).Should().Be(profiles.Count(p => p.Gender == "Female"));
        (s.Men - centreBefore.Men).Should().Be(profiles.Count(p => p.Gender == "Male"));
        (s.EthnicMinority - centreBefore.EthnicMinority).Should().Be(profiles.Count(p => p.Ethnicity != "Kinh"));
        (s.PostGraduate - centreBefore.PostGraduate).Should().Be(profiles.Count(p => EducationOf(p.Education) == "PostGraduate"));
        (s.TheoryAdvanced - centreBefore.TheoryAdvanced).Should().Be(profiles.Count(p => TheoryOf(p.PoliticalTheory) == "Advanced"));
        (s.AgeNotStated - centreBefore.AgeNotStated, s.GenderNotStated - centreBefore.GenderNotStated, s.EthnicityNotStated - centreBefore.EthnicityNotStated)
            .Should().Be((1L, 1L, 1L), "the outsider");
        (s.EducationNotStated - centreBefore.EducationNotStated, s.TheoryNotStated - centreBefore.TheoryNotStated)
            .Should().Be((2L, 2L), "the outsider and the delegate whose profile leaves them empty");

        // The province's officials save their report as the portal does, the list sent back unchanged: it stays the platform's…
        UpdateProgressCommand Resave(int version, IReadOnlyList<ElectedPersonDto> list) => new(nb, version,
            DocumentsDraftedOn: report.DocumentsDraftedOn, PersonnelPlanApprovedOn: report.PersonnelPlanApprovedOn,
            PreparatorySessionOn: report.PreparatorySessionOn, CongressHeldOn: report.CongressHeldOn, Elected: list.Select(e => e.ToEntry()).ToList());
        var kept = await factory.SendAsync(O, "NB", Resave(report.Version, report.Elected));
        kept.IsSuccess.Should().BeTrue(kept.Error?.Message);
        kept.Value.CommitteeMembersSource.Should().Be("Platform");
        kept.Value.CommitteeElectedSource.Should().Be("Platform");

        // …and a member's level typed in by the officials makes the list theirs, the roll-up moving by the difference.
        var corrected = await factory.SendAsync(O, "NB", Resave(kept.Value.Version,
            [.. kept.Value.Elected.Select((e, i) => i == 3 ? e with { Education = "Đại học" } : e)]));
        corrected.IsSuccess.Should().BeTrue(corrected.Error?.Message);
        corrected.Value.CommitteeMembersSource.Should().Be("Entered");
        var after = (await RollupAsync(tw, "TW")).Value.Structure;
        (after.University - s.University, after.EducationNotStated - s.EducationNotStated).Should().Be((1, -1L));
    }
}
