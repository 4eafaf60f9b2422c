using GreenCommunity.Api.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace GreenCommunity.Api.Hosting;

/// <summary>The settings that choose the sign-in handler (configuration section <c>Authentication</c>).</summary>
public sealed class SignInOptions
{
    /// <summary>The configuration section; the handlers read their own keys below it (<c>Schemes:Bearer</c>).</summary>
    public const string Section = "Authentication";

    /// <summary><c>LocalJwt</c> (JwtBearer from <c>Authentication:Schemes:Bearer</c>) or <c>EntraId</c> (the <c>AzureAd</c> section).</summary>
    public string Provider { get; set; } = "LocalJwt";
}

/// <summary>
/// Sign-in. <c>Authentication:Provider</c> = <c>EntraId</c> uses Microsoft.Identity.Web with the <c>AzureAd</c>
/// section (production). Otherwise (the default, <c>LocalJwt</c>) plain JwtBearer reads
/// <c>Authentication:Schemes:Bearer</c>: the settings <c>dotnet user-jwts</c> writes, or a test's signing key.
/// </summary>
public static class SignInSetup
{
    /// <summary>Adds authentication and authorization.</summary>
    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = OptionsSetup.Read<SignInOptions>(configuration, SignInOptions.Section).Provider;
        switch (provider)
        {
            case "EntraId":
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                    .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"));
                break;
            case "LocalJwt":
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
                break;
            default:
                throw new InvalidOperationException($"Authentication:Provider '{provider}' is not supported; use LocalJwt or EntraId.");
        }

        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Keep the token's claim names (sub, roles, community, district) as they are.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            options.TokenValidationParameters.RequireExpirationTime = true;
            options.TokenValidationParameters.RequireSignedTokens = true;
            options.TokenValidationParameters.ValidateLifetime = true;

            // A correctly signed token that names nobody is refused, not served as anonymous: 401 INVALID_TOKEN.
            var validated = options.Events?.OnTokenValidated;
            options.Events ??= new JwtBearerEvents();
            options.Events.OnTokenValidated = async context =>
            {
                if (validated is not null)
                {
                    await validated(context);
                }

                if (context.Result is null && (context.Principal is null || ActorClaims.SubjectOf(context.Principal) is null))
                {
                    context.Fail("The token names no subject ('sub' or 'oid').");
                }
            };
        });
        services.AddAuthorization();
        return services;
    }
}
