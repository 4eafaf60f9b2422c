using GraphQL.Types;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Metrics;

namespace GreenCommunity.Api.Features.Metrics;

/// <summary>The programme metrics of a year range.</summary>
/// <param name="FromYear">First year included.</param>
/// <param name="ToYear">Last year included.</param>
/// <param name="Funding">Money spent.</param>
/// <param name="Training">Training and exchange.</param>
/// <param name="Publicity">Publicity work.</param>
public sealed record ProgrammeMetrics(int? FromYear, int? ToYear, IReadOnlyList<FundingRecord> Funding, IReadOnlyList<TrainingRecord> Training, IReadOnlyList<PublicityActivity> Publicity);

public sealed class ProgrammeMetricsType : ObjectGraphType<ProgrammeMetrics>
{
    public ProgrammeMetricsType()
    {
        Name = "ProgrammeMetrics";
        Description = "What the city tracks besides titles: funding, training and exchange, publicity.";
        Field(m => m.FromYear, nullable: true).Description("First year included; null for no lower bound.");
        Field(m => m.ToYear, nullable: true).Description("Last year included; null for no upper bound.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingRecordType>>>>("funding").Description("Money spent, by year then source.").Resolve(ctx => ctx.Source.Funding);
        Field<NonNullGraphType<FloatGraphType>>("totalFundingYuan").Description("The sum of the funding listed, in yuan.").Resolve(ctx => (double)ctx.Source.Funding.Sum(f => f.AmountYuan));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingRecordType>>>>("training").Description("Training and exchange, by year then kind.").Resolve(ctx => ctx.Source.Training);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicityActivityType>>>>("publicity").Description("Publicity work, by year then kind.").Resolve(ctx => ctx.Source.Publicity);
    }
}

public sealed class FundingRecordType : ObjectGraphType<FundingRecord>
{
    public FundingRecordType()
    {
        Name = "FundingRecord";
        Description = "Money spent on the programme.";
        Field(f => f.Year);
        Field(f => f.Source).Description("Who paid, e.g. City EPB.");
        Field<DistrictType>("district")
            .Description("The district concerned, when one.")
            .Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<NonNullGraphType<SupportCategoryType>>("category").Description("The support category.").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<FloatGraphType>>("amountYuan").Description("The amount in yuan.").Resolve(ctx => (double)ctx.Source.AmountYuan);
        Field(f => f.Purpose);
        Field("sample", f => f.IsSample).Description("True when the record was invented for the sample dataset rather than taken from the report.");
    }
}

public sealed class TrainingRecordType : ObjectGraphType<TrainingRecord>
{
    public TrainingRecordType()
    {
        Name = "TrainingRecord";
        Description = "Training and exchange held in a year.";
        Field(t => t.Year);
        Field<NonNullGraphType<TrainingKindType>>("kind").Description("What kind of training.").Resolve(ctx => ctx.Source.Kind);
        Field(t => t.Batches);
        Field(t => t.Attendance);
        Field(t => t.AttendanceIsMinimum);
        Field<CalendarDateGraphType>("heldOn").Description("The day, for single events.").Resolve(ctx => ctx.Source.HeldOn);
        Field(t => t.Description);
        Field("sample", t => t.IsSample).Description("True when the record was invented for the sample dataset rather than taken from the report.");
    }
}

public sealed class PublicityActivityType : ObjectGraphType<PublicityActivity>
{
    public PublicityActivityType()
    {
        Name = "PublicityActivity";
        Description = "Publicity work done in a year.";
        Field(p => p.Year);
        Field<NonNullGraphType<PublicityKindType>>("kind").Description("What kind of publicity.").Resolve(ctx => ctx.Source.Kind);
        Field(p => p.Quantity);
        Field(p => p.QuantityIsMinimum);
        Field<DistrictType>("district")
            .Description("The district, when one district did it.")
            .Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field(p => p.Description);
        Field("sample", p => p.IsSample).Description("True when the record was invented for the sample dataset rather than taken from the report.");
    }
}
