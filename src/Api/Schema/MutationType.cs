using GraphQL.Types;
using GreenCommunity.Api.Features.ApiKeys;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Evaluations;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.Outreach;
using GreenCommunity.Api.Features.Plans;
using GreenCommunity.Api.Features.Practices;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.Features.Reviews;

namespace GreenCommunity.Api.Schema;

/// <summary>The root mutation, assembled from the features' fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Adds each feature's mutations.</summary>
    public MutationType()
    {
        Name = "Mutation";
        Description = "The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction.";
        ApplicationMutations.AddTo(this);
        EvaluationMutations.AddTo(this);
        ReviewMutations.AddTo(this);
        PublicityMutations.AddTo(this);
        CampaignMutations.AddTo(this);
        CriteriaMutations.AddTo(this);
        ApiKeyMutations.AddTo(this);
        IndicatorMutations.AddTo(this);
        OrganisationMutations.AddTo(this);
        PlanMutations.AddTo(this);
        FundingMutations.AddTo(this);
        EventMutations.AddTo(this);
        OutreachMutations.AddTo(this);
        PracticeMutations.AddTo(this);
        ProgrammeRecordMutations.AddTo(this);
    }
}
