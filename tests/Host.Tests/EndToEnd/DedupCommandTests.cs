using System.Text;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary><c>datainclusion dedup FILE… [--out]</c> run as a process: formats, every record in the output, located errors.</summary>
public sealed class DedupCommandTests : IDisposable
{
    private static readonly Dictionary<string, string?> s_noEnvironment = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("datainclusion-dedup-").FullName;

    [Fact]
    public async Task Dedup_ReadsNdjsonCsvAndJson_AndWritesEveryRecordWithItsCluster()
    {
        var ndjson = Write("dora.ndjson",
            """{"source":"dora","id":"dora--1","nom":"CCAS de Villeurbanne","date_maj":"2025-05-01","siret":"21690266700016","code_insee":"69266","commune":"Villeurbanne","adresse":"12 rue Jean Jaurès","telephone":"04 78 03 67 67","latitude":45.767,"longitude":4.88,"champ_inconnu":{"x":1}}""" + "\n" +
            """{"source":"dora","id":"dora--2","nom":"Mission locale","date_maj":"2025-05-01","code_insee":"69266","adresse":"3 place Lazare Goujon","telephone":"04 78 00 00 02"}""" + "\n");
        var csv = Write("soliguide.csv",
            "id,source,nom,date_maj,code_insee,commune,adresse,telephone,latitude,longitude,colonne_en_trop\n" +
            "soliguide--a,soliguide,Centre communal d'action sociale,2025-06-01,69266,Villeurbanne,\"12, r. Jean-Jaurès\",+33478036767,45.7671,4.8802,x\n" +
            "soliguide--b,soliguide,Secours populaire,2025-06-01,69266,Villeurbanne,3 place Lazare Goujon,04 78 00 00 02,,,\n");
        var json = Write("mednum.json", """[{"source":"mediation-numerique","id":"mednum--z","nom":"L'Escale"}]""");
        var output = Path.Combine(_directory, "clusters.csv");

        await using var cli = await CliProcess.RunAsync(s_noEnvironment, TimeSpan.FromMinutes(1), "dedup", ndjson, csv, json, "--out", output);

        Assert.True(cli.ExitCode == 0, cli.ToString());
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "UTF-8 without a byte-order mark");
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,cluster_id", lines[0]);
        var clusters = lines[1..].Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(["dora--1", "dora--2", "soliguide--a", "soliguide--b", "mednum--z"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.Equal(clusters["dora--1"], clusters["soliguide--a"]);
        Assert.Equal(4, clusters.Values.Distinct().Count());
        Assert.NotEqual(clusters["dora--2"], clusters["soliguide--b"]);
    }

    [Fact]
    public async Task Dedup_WithoutOut_WritesTheCsvOnStandardOutput()
    {
        var json = Write("one.json", """[{"source":"dora","id":"dora--1","nom":"L'Escale","date_maj":"2025-05-01"}]""");

        await using var cli = await CliProcess.RunAsync(s_noEnvironment, TimeSpan.FromMinutes(1), "dedup", json);

        Assert.True(cli.ExitCode == 0, cli.ToString());
        var lines = cli.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("id,cluster_id", lines[0].TrimEnd());
        Assert.StartsWith("dora--1,c-", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dedup_OnABrokenLine_ExitsOneAndNamesTheFileAndLine()
    {
        var ndjson = Write("broken.ndjson",
            """{"source":"dora","id":"dora--1","nom":"L'Escale","date_maj":"2025-05-01"}""" + "\n" + """{"source":"dora","id": """ + "\n");

        await using var cli = await CliProcess.RunAsync(s_noEnvironment, TimeSpan.FromMinutes(1), "dedup", ndjson);

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("broken.ndjson:ligne 2", cli.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("id,cluster_id", cli.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dedup_OnAMissingFileOrRecordWithoutSource_ExitsOneWithALocatedMessage()
    {
        var json = Write("nosource.json", """[{"id":"x--1","nom":"L'Escale"}]""");
        var missing = Path.Combine(_directory, "absent.ndjson");

        await using var cli = await CliProcess.RunAsync(s_noEnvironment, TimeSpan.FromMinutes(1), "dedup", json, missing);

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("nosource.json[0]", cli.StandardError, StringComparison.Ordinal);
        Assert.Contains("`source`", cli.StandardError, StringComparison.Ordinal);
        Assert.Contains("absent.ndjson", cli.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
