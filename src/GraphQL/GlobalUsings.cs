// The field map of OverlappingFieldsCanBeMergedRule: fields by response name, in selection order.
global using FieldMap = System.Collections.Generic.OrderedDictionary<string, System.Collections.Generic.List<DataInclusion.GraphQL.Validation.Rules.FieldEntry>>;
