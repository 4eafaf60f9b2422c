using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class AnnualPlanConfiguration : IEntityTypeConfiguration<AnnualPlan>
{
    public void Configure(EntityTypeBuilder<AnnualPlan> builder)
    {
        // One plan per year and district; the city's plan (no district) is kept unique by the mutation.
        builder.HasIndex(p => new { p.Year, p.DistrictId }).IsUnique();
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.TaskCommunities).WithOne().HasForeignKey(t => t.AnnualPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.TaskCommunities).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.PublishedInEdition);
    }
}
