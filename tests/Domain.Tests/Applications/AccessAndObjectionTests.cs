using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Publicity;
using static GreenCommunity.Domain.Tests.Applications.WorkflowFixture;

namespace GreenCommunity.Domain.Tests.Applications;

public sealed class AccessAndObjectionTests
{
    private static Actor Reviewer(params string[] districts) => new("reviewer", new HashSet<Role> { Role.DistrictReviewer }, new HashSet<string>(), new HashSet<string>(districts));

    [Fact]
    public void ATianheReviewerCannotActOnAHaizhuApplication()
    {
        Assert.Null(AccessRules.AsReviewer(Reviewer("440106"), "440106"));
        Assert.Equal(DomainErrorCodes.OutOfScope, AccessRules.AsReviewer(Reviewer("440106"), "440105")?.Code);
        Assert.Null(AccessRules.AsReviewer(Reviewer("440106", "440105"), "440105"));
    }

    [Fact]
    public void AnEvaluatorActsOnlyForTheirPanel()
    {
        var panel = Panel(Campaign(TitleLevel.City, Scheme()), 2);
        var member = new Actor("evaluator-1", new HashSet<Role> { Role.Evaluator }, new HashSet<string>(), new HashSet<string>());
        var outsider = member with { Subject = "evaluator-9" };
        Assert.Null(AccessRules.AsEvaluator(member, panel));
        Assert.Equal(DomainErrorCodes.OutOfScope, AccessRules.AsEvaluator(outsider, panel)?.Code);
    }

    [Fact]
    public void EachRoleReadsOnlyTheApplicationsInItsScope()
    {
        var applicant = new Actor("a", new HashSet<Role> { Role.CommunityApplicant }, new HashSet<string> { "YX-QIAOYUAN" }, new HashSet<string>());
        var evaluator = new Actor("evaluator-1", new HashSet<Role> { Role.Evaluator }, new HashSet<string>(), new HashSet<string>());
        var admin = new Actor("city", new HashSet<Role> { Role.CityAdmin }, new HashSet<string>(), new HashSet<string>());
        Assert.True(AccessRules.CanRead(applicant, "YX-QIAOYUAN", "440104", []));
        Assert.False(AccessRules.CanRead(applicant, "YX-DUFU", "440104", []));
        Assert.True(AccessRules.CanRead(Reviewer("440104"), "YX-DUFU", "440104", []));
        Assert.False(AccessRules.CanRead(Reviewer("440106"), "YX-DUFU", "440104", []));
        Assert.True(AccessRules.CanRead(evaluator, "YX-DUFU", "440104", ["evaluator-1"]));
        Assert.False(AccessRules.CanRead(evaluator, "YX-DUFU", "440104", ["evaluator-2"]));
        Assert.True(AccessRules.CanRead(admin, "YX-DUFU", "440104", []));
    }

    [Fact]
    public void ObjectionsAreTakenForListedCandidatesWithinThePublicityPeriod()
    {
        var notice = WithId(new PublicityNotice(1, new LocalizedText("公示", "Notice"), new DateOnly(2004, 11, 1), 7, During));
        notice.List(applicationId: 5, communityId: 9);
        var open = new DateTime(2004, 11, 7, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2004, 11, 7), notice.ObjectionDeadline);
        Assert.NotNull(notice.FileObjection(5, "Illegal structures remain.", null, "resident@example.org", open).Objection);
        Assert.Equal(DomainErrorCodes.DeadlinePassed, notice.FileObjection(5, "Late.", null, null, open.AddDays(1)).Error?.Code);
        Assert.Equal(DomainErrorCodes.NotFound, notice.FileObjection(6, "Not listed.", null, null, open).Error?.Code);
        Assert.Equal(DomainErrorCodes.InvalidInput, notice.FileObjection(5, " ", null, null, open).Error?.Code);
        Assert.True(notice.HasClosedBy(new DateOnly(2004, 11, 8)));
    }
}
