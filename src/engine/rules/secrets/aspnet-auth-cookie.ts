import { defineRule, fake } from '../defineRule';

// An ASP.NET sign-in cookie: ASP.NET Core's cookie authentication (`.AspNetCore.Cookies`, Identity's
// `.AspNetCore.Identity.Application`, chunked as `…C1`, `…C2`) and session (`.AspNetCore.Session`)
// carry a Data Protection payload (`CfDJ8…`); the .NET Framework's forms authentication writes
// `.ASPXAUTH` in hex. Whoever replays one is signed in as its user; the name says which cookie it
// is, so no Cookie header is needed (logs write them in their own words). The antiforgery cookie
// guards a form and signs no one in: no match.
export default defineRule({
  id: 'aspnet-auth-cookie',
  category: 'secret',
  description: 'ASP.NET sign-in or session cookie (.AspNetCore.Cookies, .AspNetCore.Identity.Application, .ASPXAUTH)',
  keywords: ['.aspnetcore.', '.aspxauth'],
  window: { before: 4, after: 4200 },
  pattern:
    /\.AspNetCore\.(?:Cookies|Session|Identity\.Application|Identity\.External|Identity\.TwoFactorUserId)(?:C\d{1,2})?=(CfDJ8[A-Za-z0-9_-]{40,4000})|\.ASPXAUTH=([0-9A-F]{64,2000})(?![0-9A-Fa-f])/gu,
  secretGroup: [1, 2],
  publicPrefix: 5,
  references: ['https://learn.microsoft.com/aspnet/core/security/authentication/cookie', 'https://learn.microsoft.com/aspnet/core/security/data-protection/implementation/authenticated-encryption-details'],
  examples: {
    positive: [
      `"Cookie":".AspNetCore.Antiforgery.x1=CfDJ8${fake('{w60}', 4233)}; .AspNetCore.Cookies=CfDJ8${fake('{w180}', 4234)}"`,
      `DEBUG session restore failed for cookie .AspNetCore.Identity.Application=CfDJ8${fake('{w220}', 4235)}`,
      `Set-Cookie: .ASPXAUTH=${fake('{H96}', 4236)}; path=/; HttpOnly`,
    ],
    negative: [`.AspNetCore.Antiforgery.9fXoN5=CfDJ8${fake('{w60}', 4237)}`, '.AspNetCore.Cookies=<redacted>', 'options.Cookie.Name = ".AspNetCore.Cookies";'],
  },
});
