using GreenCommunity.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.Property(e => e.By).HasMaxLength(200);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.HasIndex(e => e.ApplicationId);
    }
}
