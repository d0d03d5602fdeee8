using Congress.Modules.Delegates.Application.Congresses.ListCongresses;
using Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;
using Congress.Modules.Delegates.Application.Imports.PreviewDelegateImport;
using Congress.Shared.Infrastructure.Hosting;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Delegates.Cli;

/// <summary><c>import-delegates &lt;file.csv&gt; [congress-id]</c>: the same check and all-or-nothing commit as the portal.</summary>
internal sealed class ImportDelegatesVerb(IServiceScopeFactory scopes) : ICliVerb
{
    public string Name => "import-delegates";
    public string Usage => "import-delegates <file.csv> [congress-id]   (default: the most recent congress)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count < 1 || !File.Exists(arguments[0]))
        {
            output.WriteLine($"Usage: {Usage}");
            return 2;
        }
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        Guid congressId;
        if (arguments.Count > 1) congressId = Guid.Parse(arguments[1]);
        else if ((await mediator.Send(new ListCongressesQuery(), cancellationToken)).FirstOrDefault() is { } latest) congressId = latest.Id;
        else
        {
            output.WriteLine("Chưa có đại hội nào.");
            return 1;
        }

        var preview = await mediator.Send(new PreviewDelegateImportCommand(congressId, arguments[0], await File.ReadAllBytesAsync(arguments[0], cancellationToken)), cancellationToken);
        if (preview.IsFailure)
        {
            output.WriteLine(preview.Error!.Message);
            return 1;
        }
        if (!preview.Value.CanCommit)
        {
            output.WriteLine($"{preview.Value.ErrorCount} lỗi, không dòng nào được ghi:");
            foreach (var error in preview.Value.Errors) output.WriteLine($"  dòng {error.Line} [{error.Column}]: {error.Message}");
            return 1;
        }
        // The command line waits for the write: run it inline whatever the size.
        var committed = await mediator.Send(new CommitDelegateImportCommand(preview.Value.Id, Inline: true), cancellationToken);
        output.WriteLine(committed.IsSuccess ? $"Đã nhập {committed.Value.TotalRows} đại biểu." : committed.Error!.Message);
        return committed.IsSuccess ? 0 : 1;
    }
}
