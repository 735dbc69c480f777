using System.CommandLine;
using System.Text;
using Dashboard.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

var root = new RootCommand("dashboard: ingest Arabic news, extract actors and casualty figures, generate demo data.")
{
    IngestCommand.Create(),
    ExtractCommand.Create(),
    DemoCommand.Create(),
    EvaluateCommand.Create(),
    TrainNerCommand.Create(),
    SourcesCommand.Create(),
    ReextractCommand.Create(),
    KeysCommand.Create(),
    UsersCommand.Create(),
    CopyToPostgresCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
