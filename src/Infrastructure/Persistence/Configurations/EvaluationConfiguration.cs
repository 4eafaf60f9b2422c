using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.HasIndex(e => e.ApplicationId).IsUnique();
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Panel>().WithMany().HasForeignKey(e => e.PanelId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Feedback).HasMaxLength(4000);
        builder.Property(e => e.PanelScore).HasPrecision(5, 1);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasMany(e => e.Steps).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
