using System.Diagnostics;
using FluentAssertions;

namespace Congress.Templates.Tests;

/// <summary>
/// What a developer of another province does on day one: `dotnet new congress-module -n Tally`, a first use case with
/// `dotnet new congress-usecase`, the two host edits the template's instructions give, then build and test. Runs on a copy of the repository, so the tree under test is untouched.
/// </summary>
public sealed class ModuleTemplateTests : IDisposable
{
    private static readonly string Repository = FindRepository();
    private readonly string _copy = Path.Combine(Path.GetTempPath(), $"congress-template-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_module_made_from_the_template_builds_passes_its_tests_in_the_host_and_obeys_the_architecture_rules()
    {
        CopyRepository();
        var hive = Path.Combine(_copy, ".template-hive");
        await RunAsync("dotnet", $"new install \"{Path.Combine(Repository, "templates", "module")}\" --debug:custom-hive \"{hive}\"");
        await RunAsync("dotnet", $"new install \"{Path.Combine(Repository, "templates", "usecase")}\" --debug:custom-hive \"{hive}\"");
        await RunAsync("dotnet", $"new congress-module -n Tally -o . --debug:custom-hive \"{hive}\"");
        await RunAsync("dotnet", "new congress-usecase -n ArchiveNote --module Tally --area Notes " +
            $"-o src/Modules/Tally/Congress.Modules.Tally/Application/Notes/ArchiveNote --debug:custom-hive \"{hive}\"");

        File.Exists(Path.Combine(_copy, "src/Modules/Tally/Congress.Modules.Tally/TallyModule.cs")).Should().BeTrue();
        File.ReadAllText(Path.Combine(_copy, "src/Modules/Tally/Congress.Modules.Tally/Application/Notes/ArchiveNote/ArchiveNoteCommandHandler.cs"))
            .Should().Contain("namespace Congress.Modules.Tally.Application.Notes.ArchiveNote;").And.Contain("TallyDbContext");
        File.ReadAllText(Path.Combine(_copy, "src/Modules/Tally/Congress.Modules.Tally/Application/Notes/ArchiveNote/ArchiveNoteCommand.cs"))
            .Should().Contain("RequestAccess IAuthorisedRequest.Access", "a new use case declares who may send it and what it touches");
        File.ReadAllText(Path.Combine(_copy, "src/Modules/Tally/Congress.Modules.Tally/Infrastructure/Persistence/TallyDbContext.cs"))
            .Should().Contain("SchemaName = \"tally\"", "the schema is the module's name in lower case");
        AddToHost("Tally");

        var moduleTests = await RunAsync("dotnet", "test tests/Congress.Modules.Tally.Tests -c Release");
        var architecture = await RunAsync("dotnet", "test tests/Congress.ArchitectureTests -c Release");

        moduleTests.Should().Contain("Failed:     0").And.MatchRegex(@"Passed:\s+[1-9]");
        architecture.Should().Contain("Failed:     0");
    }

    /// <summary>The two edits the template's post-action asks for: one line in the module list, one project reference.</summary>
    private void AddToHost(string name)
    {
        var catalog = Path.Combine(_copy, "src/Host/Congress.Host/Composition/ModuleCatalog.cs");
        var text = File.ReadAllText(catalog);
        text = $"using Congress.Modules.{name};\n" + text.Replace("        new IdentityModule(),", $"        new IdentityModule(),\n        new {name}Module(),");
        File.WriteAllText(catalog, text);
        var host = Path.Combine(_copy, "src/Host/Congress.Host/Congress.Host.csproj");
        File.WriteAllText(host, File.ReadAllText(host).Replace("</Project>",
            $"  <ItemGroup><ProjectReference Include=\"..\\..\\Modules\\{name}\\Congress.Modules.{name}\\Congress.Modules.{name}.csproj\" /></ItemGroup>\n</Project>"));
    }

    private void CopyRepository()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config" })
            if (File.Exists(Path.Combine(Repository, file))) Copy(file);
        foreach (var folder in new[] { "src", "tests/Congress.Testing", "tests/Congress.ArchitectureTests" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Repository, file);
                if (!relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) Copy(relative);
            }
        Copy("tests/Directory.Build.props");
    }

    private void Copy(string relative)
    {
        var target = Path.Combine(_copy, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(Repository, relative), target);
    }

    private async Task<string> RunAsync(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { WorkingDirectory = _copy, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        var all = await output + await error;
        process.ExitCode.Should().Be(0, $"`{command} {arguments}` failed:\n{all[Math.Max(0, all.Length - 4000)..]}");
        return all;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Congress.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the repository.");
    }

    public void Dispose()
    {
        try { Directory.Delete(_copy, recursive: true); } catch (IOException) { }
    }
}
