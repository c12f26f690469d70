using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation;

/// <summary>Shared state of one validation: schema, document, type info, errors and per-document caches.</summary>
public sealed class ValidationContext
{
    private List<GraphQLError>? _errors;
    private int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<AstNode, List<VariableUsage>> _variableUsages = [];
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = [];

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        Start(document, maxErrors);
    }

    public Schema Schema { get; private set; }

    public DocumentNode Document { get; private set; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The errors reported; a new list for each document (the caller keeps it), empty and shared when none.</summary>
    public IReadOnlyList<GraphQLError> Errors => (IReadOnlyList<GraphQLError>?)_errors ?? [];

    /// <summary>Makes the context ready for another document: the caches are emptied, their capacity kept.</summary>
    internal void Reset(Schema schema, DocumentNode document, int maxErrors)
    {
        _errors = null;
        _fragments.Clear();
        _spreads.Clear();
        _recursiveFragments.Clear();
        _variableUsages.Clear();
        _recursiveVariableUsages.Clear();
        Schema = schema;
        Document = document;
        TypeInfo.Reset(schema);
        Start(document, maxErrors);
    }

    private void Start(DocumentNode document, int maxErrors)
    {
        _maxErrors = maxErrors;
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public void ReportError(string message, params AstNode?[] nodes)
    {
        _errors ??= [];
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException();
        }

        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location);
            }
        }

        _errors.Add(new GraphQLError(message, locations));
    }

    internal void Abort() =>
        (_errors ??= []).Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_spreads.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var set = stack.Pop();
            // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
            for (var selectionIndex = 0; selectionIndex < set.Selections.Count; selectionIndex++)
            {
                var selection = set.Selections[selectionIndex];
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        stack.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[node] = spreads;
        return spreads;
    }

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(toVisit.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Variables used in an operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(AstNode node)
    {
        if (!Document.HasVariables)
        {
            return [];
        }

        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        AstWalker.Walk(node, collector);
        _variableUsages[node] = collector.Usages;
        return collector.Usages;
    }

    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!Document.HasVariables)
        {
            return [];
        }

        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : AstVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override bool Enter(AstNode node)
        {
            typeInfo.Enter(node);
            if (node is VariableDefinitionNode)
            {
                return false;
            }

            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }

            return true;
        }

        public override void Leave(AstNode node) => typeInfo.Leave(node);
    }
}
