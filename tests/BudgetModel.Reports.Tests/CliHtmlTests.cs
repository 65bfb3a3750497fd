using BudgetModel.Cli;

namespace BudgetModel.Reports.Tests;

/// <summary><c>budgetmodel check --format html [-o FILE]</c>, run in process.</summary>
public sealed class CliHtmlTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bm-cli-html-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = Commands.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Html_with_an_output_file_writes_the_page_there_and_nothing_to_stdout()
    {
        string file = Path.Combine(_dir.FullName, "report.html");
        var (code, stdout, _) = Run("check", "--format", "html", "-o", file);
        Assert.Equal(Commands.Findings, code);          // the seed has genuine errors
        Assert.Equal("", stdout);
        string html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"d1-f1\"", html, StringComparison.Ordinal);
        Assert.Contains("汾阳市工业和信息化局", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_an_output_file_goes_to_stdout()
    {
        var (code, stdout, _) = Run("check", "--format", "html", "--severity", "error");
        Assert.Equal(Commands.Findings, code);
        Assert.StartsWith("<!DOCTYPE html>", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("data-severity=\"warning\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_gives_one_page_with_every_document()
    {
        string folder = _dir.CreateSubdirectory("in").FullName;
        File.Copy(Samples.CorpusPdf, Path.Combine(folder, "a.pdf"));
        File.WriteAllText(Path.Combine(folder, "b.txt"), "not a disclosure\n");
        string file = Path.Combine(_dir.FullName, "folder.html");
        var (code, _, stderr) = Run("check", folder, "--format", "html", "-o", file);
        Assert.Equal(Commands.Unreadable, code);        // b.txt is not a disclosure
        Assert.Contains("b.txt", stderr, StringComparison.Ordinal);
        string html = File.ReadAllText(file);
        Assert.Contains("href=\"#d1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#d2\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"failure\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_an_error_naming_it()
    {
        string file = Path.Combine(_dir.FullName, "no-such-folder", "report.html");
        var (code, _, stderr) = Run("check", "--format", "html", "-o", file);
        Assert.Equal(Commands.Unreadable, code);
        Assert.Contains(file, stderr, StringComparison.Ordinal);
        Assert.Contains("cannot write", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_report_can_go_to_a_file_too()
    {
        string file = Path.Combine(_dir.FullName, "report.txt");
        var (code, stdout, _) = Run("check", "-o", file);
        Assert.Equal(Commands.Findings, code);
        Assert.Equal("", stdout);
        Assert.Contains("Summary: 2 errors", File.ReadAllText(file), StringComparison.Ordinal);
    }
}
