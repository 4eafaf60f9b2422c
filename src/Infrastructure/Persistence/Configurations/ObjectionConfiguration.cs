using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.HasOne<PublicityNotice>().WithMany().HasForeignKey(o => o.PublicityNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Application>().WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Reasons).HasMaxLength(4000);
        builder.Property(o => o.Evidence).HasMaxLength(4000);
        builder.Property(o => o.ObjectorContact).HasMaxLength(200);
        builder.Property(o => o.ResolutionNote).HasMaxLength(4000);
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
