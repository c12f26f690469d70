using BenchmarkDotNet.Attributes;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Bench;

/// <summary>BenchmarkDotNet view of the workload (`dotnet run -c Release -- --bdn`), with allocations per operation.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Workload _workload = null!;
    private string _source = string.Empty;
    private DocumentNode _document = null!;

    [ParamsSource(nameof(DocumentNames))]
    public string Document { get; set; } = string.Empty;

    public static IEnumerable<string> DocumentNames() => Workload.Load().Documents.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Load();
        _source = _workload.Documents[Document];
        _document = EngineOperations.Parse(_source);
    }

    [Benchmark]
    public DocumentNode Parse() => EngineOperations.Parse(_source);

    [Benchmark]
    public int Validate() => EngineOperations.Validate(_workload, _document);

    [Benchmark]
    public Task<Execution.ExecutionResult> Request() => EngineOperations.RequestAsync(_workload, _source);
}
