using GreenCommunity.Domain.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class CriteriaSchemeConfiguration : IEntityTypeConfiguration<CriteriaScheme>
{
    public void Configure(EntityTypeBuilder<CriteriaScheme> builder)
    {
        builder.HasIndex(s => new { s.Code, s.Version }).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.Property(s => s.ScoringRule).HasMaxLength(1000);
        builder.ComplexProperty(s => s.Name, LocalizedTextMapping.Configure);
        builder.Ignore(s => s.MaximumScore);
        builder.Ignore(s => s.Status);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasMany(s => s.Sections).WithOne().HasForeignKey(s => s.SchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Gates).WithOne().HasForeignKey(g => g.SchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(s => s.PassMarks, p =>
        {
            p.ToTable("scheme_pass_marks");
            p.WithOwner().HasForeignKey("scheme_id");
            p.Property<int>("id");
            p.HasKey("id");
            p.Property(m => m.Level);
            p.Property(m => m.MinimumScore);
        });
        builder.Navigation(s => s.Sections).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Gates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.PassMarks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
