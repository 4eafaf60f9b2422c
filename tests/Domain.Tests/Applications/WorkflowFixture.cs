using System.Reflection;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Domain.Tests.Applications;

/// <summary>Builds campaigns, schemes and applications in memory, with IDs as the database would give them.</summary>
internal static class WorkflowFixture
{
    public static readonly DateTime During = new(2004, 4, 10, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime AfterClose = new(2004, 6, 1, 9, 0, 0, DateTimeKind.Utc);
    public static readonly GateFacts GoodFacts = new(new Percentage(0.92m), 0, 4, 4, "street office records");

    private static int _nextId = 1000;

    public static CriteriaScheme Scheme()
    {
        var scheme = WithId(new CriteriaScheme("GC", 1, new LocalizedText("标准", "Criteria"), 3, PanelScoring.Rule));
        var management = WithId(scheme.AddSection("S1", new LocalizedText("管理", "Management")));
        WithId(management.AddIndicator("S1.1", new LocalizedText("制度", "System"), 60, "g", "e"));
        WithId(management.AddIndicator("S1.2", new LocalizedText("监督", "Supervision"), 40, "g", "e"));
        WithId(scheme.AddGate(GateKind.MinimumOccupancy, new LocalizedText("入住率", "Occupancy"), 0.6m));
        WithId(scheme.AddGate(GateKind.NoPenaltyCase, new LocalizedText("无处罚", "No penalty")));
        WithId(scheme.AddGate(GateKind.ComplaintsHandled, new LocalizedText("投诉", "Complaints")));
        scheme.SetPassMark(TitleLevel.District, 75);
        scheme.SetPassMark(TitleLevel.City, 85);
        Assert.True(scheme.Publish(new DateOnly(2001, 3, 1)).Succeeded);
        return scheme;
    }

    public static Campaign Campaign(TitleLevel level, CriteriaScheme scheme) =>
        WithId(new Campaign(2004, level, 3, new LocalizedText("2004年", "2004"), scheme, new CampaignTimetable(new(2004, 3, 1), new(2004, 4, 30), new(2004, 6, 1), new(2004, 9, 30), 7)));

    public static Application Draft(Campaign campaign, GateFacts? facts = null)
    {
        var application = WithId(new Application(campaign.Id, 1, "applicant-1", During));
        application.RecordGateFacts(facts ?? GoodFacts);
        return application;
    }

    /// <summary>An application brought to <paramref name="status"/> without checks, as an import would.</summary>
    public static Application InState(Campaign campaign, ApplicationStatus status)
    {
        var application = Draft(campaign);
        if (status != ApplicationStatus.Draft)
        {
            application.MoveTo(status, "import", During, null, status == ApplicationStatus.ReturnedForRevision ? new DateOnly(2004, 5, 15) : null);
        }

        return application;
    }

    public static Panel Panel(Campaign campaign, int members)
    {
        var panel = WithId(new Panel(campaign.Id, "Panel 1"));
        for (var i = 1; i <= members; i++)
        {
            WithId(panel.AddMember($"evaluator-{i}", $"Evaluator {i}", null));
        }

        return panel;
    }

    public static T WithId<T>(T entity)
        where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id), BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, Interlocked.Increment(ref _nextId));
        return entity;
    }
}
