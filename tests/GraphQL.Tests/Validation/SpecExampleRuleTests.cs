using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Types;
using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Tests.Validation;

/// <summary>
/// Each §5 rule on the spec's own example schema (Dog, Cat, Pet, Human, Alien): a valid document passes, an invalid one
/// fails with the messages and locations graphql-js 17.1.0 reports for it.
/// </summary>
public sealed class SpecExampleRuleTests
{
    internal const string SpecSchema = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          booleanList(booleanListArg: [Boolean!]): Boolean
          arguments: Arguments
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
        }

        type Mutation {
          mutateDog: Dog
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
        }
        """;

    internal static readonly Schema Schema = new SchemaBuilder().AddTypeDefinitions(SpecSchema).Build();

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "ExecutableDefinitions", "§5.1.1", "query getDogName { dog { name } }", "query getDogName { dog { name } }\nextend type Dog { color: String }", "The \"Dog\" definition is not executable. @ 2:1" },
        { "OperationNameUniqueness", "§5.2.1.1", "query getDogName { dog { name } }\nquery getOwnerName { dog { owner { name } } }", "query getName { dog { name } }\nquery getName { dog { owner { name } } }", "There can be only one operation named \"getName\". @ 1:7,2:7" },
        { "LoneAnonymousOperation", "§5.2.2.1", "{ dog { name } }", "{ dog { name } }\nquery getName { dog { owner { name } } }", "This anonymous operation must be the only defined operation. @ 1:1" },
        { "SingleRootField", "§5.2.3.1", "subscription sub { newMessage { body sender } }", "subscription sub { newMessage { body sender } disallowedSecondRootField }", "Subscription \"sub\" must select only one top level field. @ 1:47" },
        { "SingleRootFieldIntrospection", "§5.2.3.1", "subscription sub { newMessage { body } }", "subscription sub { __typename }", "Subscription \"sub\" must not select an introspection top level field. @ 1:20" },
        { "FieldSelections", "§5.3.1", "fragment interfaceFieldSelection on Pet { name }\n{ pet { ...interfaceFieldSelection } }", "fragment fieldNotDefined on Dog { meowVolume }\n{ dog { ...fieldNotDefined } }", "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @ 1:35" },
        { "FieldSelectionsOnUnion", "§5.3.1", "{ catOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } } }", "{ catOrDog { name barkVolume } }", "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"? @ 1:14 | Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"? @ 1:19" },
        { "FieldSelectionMerging", "§5.3.2", "{ dog { name otherName: name } }", "{ dog { name: nickname name } }", "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9,1:24" },
        { "FieldSelectionMergingArguments", "§5.3.2", "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }", "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:9,1:42" },
        { "FieldSelectionMergingShapes", "§5.3.2", "{ catOrDog { ... on Dog { someValue: nickname } ... on Cat { someValue: nickname } } }", "{ catOrDog { ... on Dog { someValue: barkVolume } ... on Cat { someValue: nickname } } }", "Fields \"someValue\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @ 1:27,1:64" },
        { "LeafFieldSelections", "§5.3.3", "{ dog { barkVolume } }", "{ dog { barkVolume { sinceWhen } } }", "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. @ 1:20" },
        { "LeafFieldSelectionsMissing", "§5.3.3", "{ dog { name } }", "{ human: dog }", "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"? @ 1:3" },
        { "ArgumentNames", "§5.4.1", "{ dog { doesKnowCommand(dogCommand: SIT) } }", "{ dog { doesKnowCommand(command: CLEAN_UP_HOUSE) } }", "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @ 1:25 | Argument \"Dog.doesKnowCommand(dogCommand:)\" of type \"DogCommand!\" is required, but it was not provided. @ 1:9" },
        { "DirectiveArgumentNames", "§5.4.1", "{ dog { name @include(if: true) } }", "{ dog { isHouseTrained(atOtherHomes: true) @include(unless: false) } }", "Unknown argument \"unless\" on directive \"@include\". @ 1:53 | Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided. @ 1:44" },
        { "ArgumentUniqueness", "§5.4.2", "{ arguments { multipleRequirements(x: 1, y: 2) } }", "{ arguments { multipleRequirements(x: 1, x: 2, y: 3) } }", "There can be only one argument named \"x\". @ 1:36,1:42" },
        { "RequiredArguments", "§5.4.2.1", "{ arguments { optionalNonNullBooleanArgField } }", "{ arguments { multipleRequirements(x: 1) } }", "Argument \"Arguments.multipleRequirements(y:)\" of type \"Int!\" is required, but it was not provided. @ 1:15" },
        { "RequiredArgumentsNull", "§5.4.2.1", "{ arguments { nonNullBooleanArgField(nonNullBooleanArg: true) } }", "{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }", "Expected value of non-null type \"Boolean!\" not to be null. @ 1:57" },
        { "FragmentNameUniqueness", "§5.5.1.1", "{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }", "{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }", "There can be only one fragment named \"fragmentOne\". @ 2:10,3:10" },
        { "FragmentSpreadTypeExistence", "§5.5.1.2", "{ dog { ...correctType } }\nfragment correctType on Dog { name }", "{ dog { ...notOnExistingType } }\nfragment notOnExistingType on NotInSchema { name }", "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? @ 2:31" },
        { "FragmentsOnCompositeTypes", "§5.5.1.3", "{ dog { ...fragOnObject } }\nfragment fragOnObject on Dog { name }", "{ dog { ...fragOnScalar } }\nfragment fragOnScalar on Int { something }", "Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\". @ 2:26" },
        { "FragmentsMustBeUsed", "§5.5.1.4", "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name }", "fragment nameFragment on Dog { name }\n{ dog { name } }", "Fragment \"nameFragment\" is never used. @ 1:1" },
        { "FragmentSpreadTargetDefined", "§5.5.2.1", "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name }", "{ dog { ...undefinedFragment } }", "Unknown fragment \"undefinedFragment\". @ 1:12" },
        { "FragmentSpreadsNoCycles", "§5.5.2.2", "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name }", "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }", "Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\". @ 2:37,3:49" },
        { "FragmentSpreadIsPossible", "§5.5.2.3", "fragment dogFragment on Dog { ... on Dog { barkVolume } }\n{ dog { ...dogFragment } }", "fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }\n{ dog { ...catInDogFragmentInvalid } }", "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:43" },
        { "AbstractSpreads", "§5.5.2.3", "fragment petNameFragment on Pet { name }\nfragment interfaceWithinObjectFragment on Dog { ...petNameFragment }\n{ dog { ...interfaceWithinObjectFragment } }", "fragment sentientFragment on Sentient { ... on Dog { barkVolume } }\n{ humanOrAlien { ...sentientFragment } }", "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\". @ 1:41" },
        { "ValuesOfCorrectType", "§5.6.1", "{ arguments { intArgField(intArg: 1) floatArgField(floatArg: 1) } }", "{ arguments { floatArgField(floatArg: \"123\") intArgField(intArg: 1.5) } }", "Float cannot represent non numeric value: \"123\" @ 1:39 | Int cannot represent non-integer value: 1.5 @ 1:66" },
        { "InputObjectFieldNames", "§5.6.2", "{ findDog(searchBy: { name: \"Fido\" }) { name } }", "{ findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) { name } }", "Expected value of type \"FindDogInput\" not to include unknown field \"favoriteCookieFlavor\", found: { favoriteCookieFlavor: \"Bacon\" }. @ 1:23" },
        { "InputObjectFieldUniqueness", "§5.6.3", "{ findDog(searchBy: { name: \"Fido\" }) { name } }", "{ findDog(searchBy: { name: \"Fido\", name: \"Rex\" }) { name } }", "There can be only one input field named \"name\". @ 1:23,1:37" },
        { "ListCoercion", "§5.6.1", "{ booleanList(booleanListArg: true) }", "{ booleanList(booleanListArg: [true, 1]) }", "Boolean cannot represent a non boolean value: 1 @ 1:38" },
        { "DirectivesAreDefined", "§5.7.1", "{ dog { name @skip(if: false) } }", "{ dog { name @unknown } }", "Unknown directive \"@unknown\". @ 1:14" },
        { "DirectivesInValidLocations", "§5.7.2", "query { dog { name } }", "query @skip(if: true) { dog { name } }", "Directive \"@skip\" may not be used on QUERY. @ 1:7" },
        { "DirectivesUniquePerLocation", "§5.7.3", "query ($foo: Boolean = true, $bar: Boolean = false) { dog @skip(if: $foo) { name } dog @skip(if: $bar) { nickname } }", "query ($foo: Boolean = true, $bar: Boolean = false) { dog @skip(if: $foo) @skip(if: $bar) { name } }", "The directive \"@skip\" can only be used once at this location. @ 1:59,1:75" },
        { "VariableUniqueness", "§5.8.1", "query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nquery B($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nfragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "There can be only one variable named \"$atOtherHomes\". @ 1:26,1:50" },
        { "VariablesAreInputTypes", "§5.8.2", "query takesBoolean($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "query takesCat($cat: Cat) { __typename }", "Variable \"$cat\" is never used in operation \"takesCat\". @ 1:16 | Variable \"$cat\" cannot be non-input type \"Cat\". @ 1:22" },
        { "AllVariableUsesDefined", "§5.8.3", "query variableIsDefined($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "query variableIsNotDefined { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\". @ 1:65,1:1" },
        { "AllVariablesUsed", "§5.8.4", "query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrained } }", "Variable \"$atOtherHomes\" is never used in operation \"variableUnused\". @ 1:22" },
        { "AllVariableUsagesAllowed", "§5.8.5", "query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) } }", "query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\". @ 1:30,1:86" },
        { "AllVariableUsagesAllowedNullable", "§5.8.5", "query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }", "query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }", "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\". @ 1:23,1:101" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_ValidDocumentPasses_InvalidDocumentReportsGraphQLJsErrors(string rule, string section, string valid, string invalid, string expected)
    {
        Assert.True(DocumentValidator.Validate(Schema, Parser.Parse(valid)).Count == 0, $"{rule} ({section}) rejected its valid document");

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(invalid));

        var actual = string.Join(" | ", errors.Select(e => e.Message + " @ " + string.Join(",", e.Locations!.Select(l => $"{l.Line}:{l.Column}"))));
        Assert.Equal(expected, actual);
    }
}
