using System.CommandLine;
using System.Text;
using BudgetModel.Cli;

// budgetmodel: check published budget disclosures from the command line.
// Exit codes: 0 no error finding, 1 error findings, 2 input that cannot be read (or a usage error).
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await Commands.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
