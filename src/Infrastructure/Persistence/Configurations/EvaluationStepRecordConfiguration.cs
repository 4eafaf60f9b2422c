using GreenCommunity.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationStepRecordConfiguration : IEntityTypeConfiguration<EvaluationStepRecord>
{
    public void Configure(EntityTypeBuilder<EvaluationStepRecord> builder)
    {
        builder.ToTable("evaluation_steps");
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.OwnsOne(s => s.Questionnaire);
    }
}
