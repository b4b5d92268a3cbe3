import * as vscode from 'vscode';
import { Disposable } from './util/dispose';
import { resolveSettings } from './settingsModel';
import type { ConfigurationReader, PromptHygieneSettings } from './settingsModel';

export type { PromptHygieneSettings } from './settingsModel';

/** The configuration section all our settings live under. */
export const SETTINGS_SECTION = 'promptHygiene';

/** Says whether a settings change concerns a resource. */
export interface SettingsChange {
  affects(uri?: vscode.Uri): boolean;
}

/** Where services read settings from; tests and presenters can pass a plain object. */
export interface SettingsSource {
  /** The effective settings for a resource, read fresh on every call. */
  get(uri?: vscode.Uri): PromptHygieneSettings;
  /** Fires when a `promptHygiene.*` setting changes, or when workspace trust changes what counts. */
  readonly onDidChangeSettings: vscode.Event<SettingsChange>;
}

/**
 * Typed, resource-scoped reader for `promptHygiene.*`. Nothing is cached: every `get` reads
 * `getConfiguration(SETTINGS_SECTION, uri)`. In an untrusted workspace, settings that could weaken
 * detection take only their user or default values.
 */
export class Settings extends Disposable implements SettingsSource {
  private readonly emitter = this._register(new vscode.EventEmitter<SettingsChange>());
  readonly onDidChangeSettings: vscode.Event<SettingsChange> = this.emitter.event;

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTINGS_SECTION)) {
          this.emitter.fire({ affects: (uri) => e.affectsConfiguration(SETTINGS_SECTION, uri) });
        }
      }),
    );
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.emitter.fire({ affects: () => true })));
  }

  get(uri?: vscode.Uri): PromptHygieneSettings {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri ?? null);
    const reader: ConfigurationReader = {
      get: (key) => config.get(key),
      inspect: (key) => config.inspect(key),
    };
    return resolveSettings(reader, vscode.workspace.isTrusted);
  }
}
