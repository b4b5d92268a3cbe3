/** Usage texts, one per command. Kept together so they read as one manual. */

export const MAIN_HELP = `Usage: prompt-hygiene <command> [options]
       prompt-hygiene <paths…>   (same as: prompt-hygiene scan <paths…>)

Keeps secrets and personal data out of text you send to AI assistants.

Commands:
  scan [paths… | -]        Scan files, folders or standard input for secrets and personal data
  redact [file | -]        Print the text with findings replaced
  restore --mapping FILE   Put redacted values back into text
  policy check|show|init   Validate, print or create the team policy
  hook claude-code|vscode  Answer an AI agent hook event (JSON on stdin): block prompts and
                           tool calls that carry secrets, hand back the redacted prompt
  install-hooks            Add the agent hook to Claude Code or VS Code settings (merged, with backup)
  audit                    Export the local audit log of guard decisions (never values)

Options:
  -h, --help               Show help (also: prompt-hygiene <command> --help)
  -v, --version            Print the version

Exit codes: 0 nothing found, 1 findings, 2 usage, input or policy error.
`;

export const SCAN_HELP = `Usage: prompt-hygiene scan [options] [paths… | -]

Scans files and folders (or standard input, with '-' or when input is piped and no path is
given; with no path and no piped input, the current folder). Prints each finding with a
preview that never contains the value.

Folders are walked with .prompthygieneignore (gitignore syntax) honoured at every level, and
.gitignore too inside a git work tree (as git and ripgrep read it: an unpacked folder's
.gitignore hides nothing). .git is never entered; node_modules is skipped unless --no-default-excludes is
given; symbolic links inside folders are not followed. Files and folders named on the command
line are scanned even when git-ignored, but .prompthygieneignore and the policy's path allowlist
still apply. Binary files (a NUL byte in the first 8 KB, or a binary file extension) and files larger
than --max-file-size are skipped.

Options:
  -f, --format FORMAT      text (default), json, jsonl or sarif
  -o, --output FILE        Write the report to FILE instead of standard output
  -p, --policy FILE        Policy file (default: .prompt-hygiene.json in the current folder,
                           else at the git root)
  -c, --category CAT       Only report this category: secret or pii (repeatable)
  -b, --baseline FILE      Report only findings not in FILE, an earlier report of this command
                           (--format json or sarif) run from the same folder: matched by file,
                           rule and a fingerprint of the value, so moved lines stay accepted
      --staged             Scan the staged content of the files in the git index
      --max-file-size SIZE Skip larger files (default 5m; accepts 500k, 5m, 1g)
      --no-default-excludes
                           Also scan node_modules folders
      --no-gitignore       Also scan files that .gitignore excludes (a git-ignored .env is still
                           on disk, and still pasted); .prompthygieneignore still applies
      --no-attributions    Leave out personal data in credits: @author tags, copyright
                           notices, Author:/Maintainer: lines, git trailers, a manifest's
                           contributors, a POM's developers (for published or vendored code)
  -q, --quiet              No summary line, progress or notes; findings and errors only
      --verbose            Explain what was scanned and how (on stderr)
  -h, --help               Show this help

Exit codes: 0 nothing found, 1 findings, 2 usage, input or policy error.
Environment: PROMPT_HYGIENE_WORKERS=N forces N scan worker threads for folders (0: none).
  A folder scan on a multi-core machine runs in a child process with a smaller V8 young
  generation (less memory); PROMPT_HYGIENE_NO_RESPAWN=1 keeps it in this process.
`;

export const REDACT_HELP = `Usage: prompt-hygiene redact [options] [file | -]

Prints the text of FILE (or standard input) with every finding replaced.

Options:
  -s, --strategy NAME      placeholder (default): [REDACTED:rule-id]
                           mask:        keeps a public prefix, stars the rest
                           pseudonym:   <LABEL_1>, the same value gets the same name
                           env:         an environment reference for the language
  -l, --language ID        Language id for the env strategy (default: from the file extension)
  -m, --mapping FILE       Also write the mapping that 'restore' needs. It holds the original
                           values: keep it private and delete it when done
  -p, --policy FILE        Policy file (as for scan)
  -c, --category CAT       Only redact this category: secret or pii (repeatable)
      --no-attributions    Leave credits (@author, copyright notices, git trailers) as they are
  -h, --help               Show this help

Exit codes: 0 done, 2 usage or input error.
`;

export const RESTORE_HELP = `Usage: prompt-hygiene restore --mapping FILE [file | -]

Prints the text of FILE (or standard input) with the placeholders of an earlier
'prompt-hygiene redact --mapping FILE' replaced by the original values.

Options:
  -m, --mapping FILE       The mapping written by redact (required)
  -h, --help               Show this help

Exit codes: 0 done, 2 usage or input error.
`;
