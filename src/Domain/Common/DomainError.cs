namespace GreenCommunity.Domain.Common;

/// <summary>An expected business-rule failure: a stable code, a message for people, and the field it concerns.</summary>
/// <param name="Code">Stable, machine-readable, SCREAMING_SNAKE_CASE.</param>
/// <param name="Message">What went wrong and what to do, in plain English.</param>
/// <param name="Field">The input field at fault, when there is one.</param>
public sealed record DomainError(string Code, string Message, string? Field = null);
