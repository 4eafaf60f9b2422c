using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorScoreConfiguration : IEntityTypeConfiguration<IndicatorScore>
{
    public void Configure(EntityTypeBuilder<IndicatorScore> builder)
    {
        builder.HasIndex(s => new { s.EvaluationId, s.PanelMemberId, s.IndicatorId }).IsUnique();
        builder.HasOne<PanelMember>().WithMany().HasForeignKey(s => s.PanelMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Points).HasPrecision(6, 2);
    }
}
