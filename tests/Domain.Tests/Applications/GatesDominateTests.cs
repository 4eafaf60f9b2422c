using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using static GreenCommunity.Domain.Tests.Applications.WorkflowFixture;

namespace GreenCommunity.Domain.Tests.Applications;

public sealed class GatesDominateTests
{
    [Fact]
    public void ACommunityIsACandidateExactlyWhenEveryGatePassesAndTheScoreReachesThePassMark()
    {
        var scheme = Scheme();
        var city = Campaign(TitleLevel.City, scheme);
        var random = new Random(2002);
        for (var run = 0; run < 2000; run++)
        {
            var received = random.Next(0, 6);
            var facts = new GateFacts(
                new Percentage(Math.Round((decimal)random.NextDouble(), 2)),
                random.Next(0, 10) < 8 ? 0 : random.Next(1, 3),
                received,
                random.Next(0, 10) < 8 ? received : random.Next(0, received + 1),
                "generated");
            var score = Math.Round((decimal)random.NextDouble() * 100m, 1);
            var application = InState(city, ApplicationStatus.Evaluated);
            application.RecordGateFacts(facts);

            var outcome = application.DecideCandidacy(city, scheme, score, candidate: true, "Proposed.", "admin", During);

            var gatesPass = facts.OccupancyRate.Fraction >= 0.6m && facts.PenaltyCases == 0 && facts.ComplaintsAnsweredInTime >= facts.ComplaintsReceived;
            var reachesPassMark = score >= 85m;
            if (!reachesPassMark)
            {
                Assert.Equal(DomainErrorCodes.BelowPassMark, outcome.Error?.Code);
                Assert.Equal(ApplicationStatus.Evaluated, application.Status);
            }
            else
            {
                Assert.Equal(gatesPass ? ApplicationStatus.Candidate : ApplicationStatus.NotCandidate, application.Status);
                Assert.Equal(gatesPass ? null : DomainErrorCodes.GateFailed, outcome.Error?.Code);
                Assert.Equal(3, application.GateVerdicts.Count(v => v.Stage == GateStage.CollectiveReview));
            }
        }
    }
}
