// Cookie names shared by the cookie rules (session-cookie, cookie-jar-session).

/** Cookie names that carry a login session or an auth token in common frameworks. */
export const SESSION_NAMES =
  '(?:session|sessionid|session_id|sid|idx|connect\\.sid|_session|[a-z0-9_]{1,30}_session|[a-z0-9_]{1,30}_sess|[a-z0-9_]{1,30}_sessionid|[a-z0-9_]{1,30}_session_id|[a-z0-9_]{1,30}_sid|jsessionid|phpsessid|asp\\.net_sessionid|laravel_session|_gh_sess|user_session|auth_token|access_token|id_token|refresh_token|remember_token|remember_user_token|__Secure-next-auth\\.session-token|next-auth\\.session-token|__Host-[A-Za-z0-9_-]{1,30})';
