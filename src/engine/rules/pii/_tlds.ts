// The IANA root-zone TLDs (from the `tlds` package), as a lookup set for the e-mail rule.
import tlds from 'tlds';

/** Every delegated top-level domain, lower case (IDN TLDs in Unicode form). */
export const TLDS: ReadonlySet<string> = new Set(tlds);
