using Congress.Host.Cli;
using Congress.Host.Composition;

var app = CongressApp.Build(args);
if (CliRunner.IsVerb(args)) return await CliRunner.RunAsync(app, args);
await app.RunAsync();
return 0;
public partial class Program;
