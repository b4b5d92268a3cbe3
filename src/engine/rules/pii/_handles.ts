// User names and handles shared by the rules that report them (user-name, user-mention).

/** Accounts that name a role, a service or a placeholder, not a person. */
export const NOT_A_PERSON: ReadonlySet<string> = new Set(
  (
    'root user users admin administrator ubuntu debian centos fedora alpine ec2-user azureuser vagrant runner runneradmin node app ' +
    'apps application jovyan circleci jenkins travis buildkite vscode codespace codespaces gitpod docker git www-data www nobody ' +
    'daemon build builder ci cd deploy deployer shared public default guest test tester testuser demo me you name username ' +
    'yourname yourusername your-name your_name your-user your_user myuser myname john jane johndoe janedoe jdoe foo bar baz ' +
    'example sample project projects dev developer pi postgres mysql oracle nginx apache tomcat redis mongodb elastic kibana ' +
    'grafana prometheus service services system sys operator ops devops support info anonymous unknown null none undefined ' +
    'true false login password string local library applications desktop documents downloads appdata programdata work workspace ' +
    'workspaces src code repos tmp temp data home var opt srv mnt webpack dependabot renovate github-actions ' +
    // data platforms' service accounts
    'airflow dagster prefect spark hadoop hdfs yarn hive jupyter jupyterhub metabase superset mlflow ' +
    // words that are roles or topics, not people
    'perf performance security cleanup refactor later soon someday future followup follow-up bug bugs feature features tests ' +
    'docs doc i18n l10n a11y api ui ux infra deps migration hack temp release compat typing types lint style hotfix v1 v2 v3 ' +
    'mvp prod staging backend frontend db sql auth cache logging metrics telemetry errors error config owner author assignee someone ' +
    'unassigned nobody everyone anyone team ' +
    // the same roles in the labels' other languages
    'beheer beheerder verwaltung administrador amministratore gestion'
  ).split(' '),
);

/**
 * Words that follow an `@` in code and markup, not in a mention: documentation tags (JSDoc, TSDoc,
 * Javadoc, Doxygen, phpDoc), CSS, Sass and Less at-rules, annotations and attributes written in lower
 * case (Swift, Dart, Objective-C, Elixir), template directives (Razor, Blade), a Makefile's or a
 * batch file's silenced command, chat platforms' group mentions, and npm's dist-tags.
 */
export const CODE_AT_WORDS: ReadonlySet<string> = new Set(
  (
    // documentation tags
    'param params arg argument arguments return returns retval throws throw exception type typedef typeparam tparam template ' +
    'property prop callback example examples deprecated see since version author license copyright preserve internal private ' +
    'public protected readonly static abstract override final virtual sealed alpha beta experimental hidden ignore inheritdoc ' +
    'module namespace file fileoverview overview package packagedocumentation summary remarks todo link linkcode linkplain ' +
    'default defaultvalue const constant enum event fires listens member memberof name kind class constructor function func ' +
    'method async generator global inner instance interface implements extends augments borrows lends mixes mixin exports ' +
    'external host requires this tutorial variation yields satisfies overload import brief note warning code endcode date ' +
    'details pre post bug attention sa ref li defgroup ingroup addtogroup struct fn var def exception invariant remark par ' +
    'verbatim endverbatim image snippet copydoc test tests serial apinote implspec implnote index uses provides value literal ' +
    'docroot category group label decorator expand inline document subpackage api filesource source covers depends before after ' +
    'dataprovider codecoverageignore noinspection suppress dict export externs nocollapse nocompile nosideeffects record ' +
    'unrestricted define jsx jsxfrag jsximportsource flow noflow format ts-ignore ts-expect-error ts-nocheck ts-check ' +
    'vite-ignore webpackchunkname license-start license-end end description chainable url api-docs desc alias ' +
    // CSS, Sass and Less at-rules
    'media keyframes font-face supports tailwind apply layer use forward include extend if else each for while return charset ' +
    'page container counter-style font-feature-values viewport at-root content debug warn error plugin screen variants config ' +
    'reference theme utility custom-variant starting-style scope ' +
    // annotations and attributes in lower case; template directives; silenced commands
    'objc nonobjc escaping autoclosure available inlinable frozen unknown main testable preconcurrency dynamic synthesize ' +
    'implementation optional required protocol selector encode try catch finally synchronized autoreleasepool immutable ' +
    'doc moduledoc typedoc spec impl behaviour derive enforce_keys opaque macrocallback optional_callbacks compile ' +
    'dataclass staticmethod classmethod abstractmethod cached_property pytest app router model using inject inherits ' +
    'layout section yield csrf auth guest endif endforeach foreach endfor endwhile endsection php endphp props emit input output ' +
    'click submit change keyup keydown echo rem off on set ' +
    // group mentions and dist-tags
    'here channel everyone all team latest next canary stable nightly rc lts'
  ).split(' '),
);
