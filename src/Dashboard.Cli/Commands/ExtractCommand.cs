using System.CommandLine;
using System.Text;
using Dashboard.Cli.Extract;
using Dashboard.Core.Extraction;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard extract [--input FILE] [--output FILE]</c>: text in, facts out, as JSON Lines.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input") { Description = "JSON Lines to read; standard input when absent." };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write the facts; standard output when absent." };
        var command = new Command("extract", "Extract actors and casualty figures from JSON Lines of text.") { input, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextReader reader;
            try
            {
                reader = parse.GetValue(input) is { } file
                    ? new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true)
                    : new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
            }
            catch (IOException exception)
            {
                await Console.Error.WriteLineAsync($"extract: cannot read the input: {exception.Message}");
                return 2;
            }

            using (reader)
            {
                await using var writer = parse.GetValue(output) is { } file
                    ? new StreamWriter(file.FullName, append: false, new UTF8Encoding(false))
                    : new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
                var errors = await new ExtractRunner(new NewsTextAnalyzer()).RunAsync(reader, writer, cancellationToken);
                if (errors > 0)
                {
                    await Console.Error.WriteLineAsync($"extract: {errors} line(s) could not be processed; see their \"error\" fields.");
                }
            }

            return 0;
        });
        return command;
    }
}
