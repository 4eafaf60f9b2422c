namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// Budgets of cost points per client and window (configuration section <c>RateLimits</c>, ADR-011). An operation
/// spends its computed cost; a request refused before the cost is known spends 1.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimits";

    /// <summary>Points per window for an anonymous caller, counted per IP address.</summary>
    public int AnonymousPerWindow { get; set; } = 5_000;

    /// <summary>Points per window for a signed-in caller, counted per subject.</summary>
    public int SignedInPerWindow { get; set; } = 20_000;

    /// <summary>Points per window for a registered application, counted per API key.</summary>
    public int ApiKeyPerWindow { get; set; } = 50_000;

    /// <summary>The window; it starts at a client's first request and the budget is full again when it ends.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most clients tracked at once by the in-memory store; expired windows are dropped first.</summary>
    public int MaxTrackedClients { get; set; } = 100_000;

    /// <summary>Checks the values make sense; the start fails with the setting's name otherwise.</summary>
    public void Validate()
    {
        if (AnonymousPerWindow < 1 || SignedInPerWindow < 1 || ApiKeyPerWindow < 1)
        {
            throw new InvalidOperationException($"{Section}: every budget (AnonymousPerWindow, SignedInPerWindow, ApiKeyPerWindow) must be at least 1.");
        }

        if (Window <= TimeSpan.Zero || MaxTrackedClients < 1)
        {
            throw new InvalidOperationException($"{Section}: Window and MaxTrackedClients must be positive.");
        }
    }
}
