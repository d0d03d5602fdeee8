namespace Congress.Shared.Infrastructure.Portal;

/// <param name="Term">e.g. "2025–2030".</param>
public sealed record CongressChoice(Guid Id, string Name, string Term);

/// <summary>
/// The congresses the signed-in user may work on, newest first, for the <see cref="CongressPicker"/> every module's pages
/// share. Implemented by the module that owns congresses (Delegates).
/// </summary>
public interface ICongressChoices
{
    Task<IReadOnlyList<CongressChoice>> ForCurrentUserAsync(CancellationToken cancellationToken);
}
