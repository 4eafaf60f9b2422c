using GraphQL.Types;

namespace GreenCommunity.Api.Features.Statistics;

/// <summary>Root field <c>statistics</c>.</summary>
public static class StatisticsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<StatisticsType>>("statistics")
            .Description("Aggregates computed in the database: award counts, score distributions, indicator statistics, programme metrics and questionnaire results.")
            .Resolve(_ => new StatisticsRoot());
    }
}
