using GraphQL.Types;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Indicators;

namespace GreenCommunity.Api.Features.Indicators;

public sealed class IndicatorDefinitionType : ObjectGraphType<IndicatorDefinition>
{
    public const string TypeName = "IndicatorDefinition";

    public IndicatorDefinitionType()
    {
        Name = TypeName;
        Description = "A quantity the programme measures per community and year, e.g. waste-sorting participation.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is IndicatorDefinition;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The indicator's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(i => i.Code).Description("A stable code, e.g. waste-sorting-participation.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The indicator's name.").Resolve(ctx => ctx.Source.Name);
        Field(i => i.Unit).Description("The unit of the values under the current version: percent, count, flag (1 yes, 0 no)...");
        Field(i => i.Description).Description("What it measures, under the current version.");
        Field(i => i.Methodology).Description("How it is measured, under the current version.");
        Field(i => i.Source).Description("Who measures it, under the current version.");
        Field(i => i.Version).Description("The current version of the definition: 1, then one more for each change of unit, description, method or source. New values recorded from now on are measured under it unless they name an earlier one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionVersionType>>>>("versions")
            .Description("Every version of the definition, oldest first; a version never changes.")
            .Resolve(ctx => ctx.Service<IndicatorVersionsByIndicatorIdDataLoader>().Load(ctx.Source.Id));
        Field("sample", i => i.IsSample).Description("True when the definition was invented for the sample dataset.");
    }
}

public sealed class IndicatorDefinitionVersionType : ObjectGraphType<IndicatorDefinitionVersion>
{
    public IndicatorDefinitionVersionType()
    {
        Name = "IndicatorDefinitionVersion";
        Description = "One version of how an indicator is measured. A change of unit, description, method or source is a new version; values keep the version they were measured under, so values of different versions are compared knowingly.";
        Field(v => v.Version).Description("The version number, from 1.");
        Field(v => v.Unit).Description("The unit of values measured under this version.");
        Field(v => v.Description).Description("What it measures.");
        Field(v => v.Methodology).Description("How it is measured.");
        Field(v => v.Source).Description("Who measures it.");
        Field(v => v.ChangeNote).Description("What changed from the version before and why; empty for version 1.");
        Field<DateTimeGraphType>("revisedAt").Description("When this version replaced the one before (UTC); null for version 1.").Resolve(ctx => ctx.Source.RevisedAt);
    }
}

public sealed class ObservationType : ObjectGraphType<Observation>
{
    public const string TypeName = "Observation";

    public ObservationType()
    {
        Name = TypeName;
        Description = "A published value of an indicator for a community and year, with where it came from.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Observation;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The observation's opaque global ID. Read with asOf, the value as that edition listed it has an ID of its own (its community answers as that edition stood); node(id:) answers either.")
            .Resolve(ctx => EditionScope.IdOf(TypeName, ctx.Source.Id, ctx.Source));
        Field<NonNullGraphType<IndicatorDefinitionType>>("indicator")
            .Description("The indicator measured.")
            .Resolve(ctx => ctx.Service<IndicatorDefinitionByIdDataLoader>().Load(ctx.Source.IndicatorId));
        Field(o => o.IndicatorVersion).Description("The version of the indicator's definition the value was measured under; it never changes.");
        Field<NonNullGraphType<IndicatorDefinitionVersionType>>("measuredUnder")
            .Description("The version of the indicator's definition the value was measured under: its unit and method. indicator gives the current definition.")
            .Resolve(ctx => ctx.Service<IndicatorVersionsByIndicatorIdDataLoader>().Load(ctx.Source.IndicatorId)
                .Then(versions => versions.First(v => v.Version == ctx.Source.IndicatorVersion)));
        Field<NonNullGraphType<CommunityType>>("community")
            .Description("The community measured; under an asOf read, as that edition stood.")
            .Resolve(ctx => ctx.Source.ReadFromEdition is null
                ? ctx.Service<CommunityByIdDataLoader>().LoadOrHeld(ctx.Source.CommunityId)
                : ctx.Service<CommunityByIdDataLoader>().Load(ctx.Source.CommunityId).Then(c => EditionScope.Mark(c, ctx.Source)));
        Field(o => o.Year).Description("The calendar year the value describes.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value, in the unit of the version it was measured under (measuredUnder).").Resolve(ctx => (double)ctx.Source.Value);
        Field<NonNullGraphType<ProvenanceType>>("provenance").Description("Where the value comes from.").Resolve(ctx => ctx.Source.Provenance);
        Field(o => o.SourceDocument, nullable: true).Description("The document the value was taken from.");
        Field<NonNullGraphType<DateTimeGraphType>>("recordedAt").Description("When the value was recorded (UTC).").Resolve(ctx => ctx.Source.RecordedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("publishedAt").Description("When the value was published (UTC).").Resolve(ctx => ctx.Source.PublishedAt);
        Field("sample", o => o.IsSample).Description("True when the value was invented for the sample dataset.");
    }
}

public sealed class ObservationConnectionType : ConnectionGraphType<ObservationType, Observation>;

/// <summary>What <c>recordObservations</c> did.</summary>
/// <param name="Added">Values published for the first time.</param>
/// <param name="Corrected">Published values corrected (superseded, kept on record).</param>
/// <param name="Unchanged">Values equal to the current ones: nothing was done.</param>
/// <param name="Edition">The edition that published the changes; null when nothing changed.</param>
/// <param name="Observations">The current value for each input, in input order.</param>
public sealed record ObservationBatch(int Added, int Corrected, int Unchanged, Edition? Edition, IReadOnlyList<Observation> Observations);

public sealed class ObservationBatchType : ObjectGraphType<ObservationBatch>
{
    public ObservationBatchType()
    {
        Name = "ObservationBatch";
        Description = "What a batch of values did.";
        Field(b => b.Added);
        Field(b => b.Corrected).Description("Published values corrected: superseded by the new value, kept on record and in earlier editions.");
        Field(b => b.Unchanged).Description("Values equal to the current ones: nothing was done for them.");
        Field<EditionType>("edition").Description("The edition that published the changes; null when nothing changed.").Resolve(ctx => ctx.Source.Edition);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("observations").Description("The current value for each input, in input order.").Resolve(ctx => ctx.Source.Observations);
    }
}
