/**
 * Learner events, posted like Oppia's StatsReportingBackendApiService through its request
 * interceptor (core/templates/services/request-interceptor.service.ts): GET /csrfhandler once,
 * then every POST body becomes multipart FormData with `payload` (JSON), `csrf_token`, `source`.
 * URL templates: STATS_REPORTING_URLS (exploration-player-page.constants.ts @1a9c8bc6).
 */
import { getJson } from '../app/http';

export class LearnerEvents {
  private csrfToken: Promise<string> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly startedAt = Date.now();

  constructor(
    private readonly explorationId: string,
    private readonly version: number,
    private readonly sessionId: string,
  ) {}

  private secondsSinceStart(): number {
    return (Date.now() - this.startedAt) / 1000;
  }

  private token(): Promise<string> {
    this.csrfToken ??= getJson<{ token: string }>('/csrfhandler').then((b) => b.token);
    return this.csrfToken;
  }

  private post(event: string, payload: Record<string, unknown>): void {
    const url = `/explorehandler/${event}/${encodeURIComponent(this.explorationId)}`;
    this.queue = this.queue
      .then(async () => {
        const form = new FormData();
        form.append('payload', JSON.stringify(payload));
        form.append('csrf_token', await this.token());
        form.append('source', document.URL);
        await fetch(url, { method: 'POST', body: form });
      })
      // Oppia fires these and forgets them; a failed stats call never disturbs the learner.
      .catch(() => undefined);
  }

  start(stateName: string): void {
    this.post('exploration_start_event', {
      params: {},
      session_id: this.sessionId,
      state_name: stateName,
      version: this.version,
    });
  }

  stateHit(stateName: string): void {
    this.post('state_hit_event', {
      new_state_name: stateName,
      exploration_version: this.version,
      session_id: this.sessionId,
      client_time_spent_in_secs: this.secondsSinceStart(),
      old_params: {},
    });
  }

  answerSubmitted(e: {
    stateName: string;
    answer: unknown;
    answerGroupIndex: number;
    ruleSpecIndex: number;
    category: string;
  }): void {
    this.post('answer_submitted_event', {
      old_state_name: e.stateName,
      answer: e.answer,
      params: {},
      version: this.version,
      session_id: this.sessionId,
      client_time_spent_in_secs: this.secondsSinceStart(),
      answer_group_index: e.answerGroupIndex,
      rule_spec_index: e.ruleSpecIndex,
      classification_categorization: e.category,
    });
  }

  complete(stateName: string): void {
    this.post('exploration_complete_event', {
      version: this.version,
      state_name: stateName,
      session_id: this.sessionId,
      client_time_spent_in_secs: this.secondsSinceStart(),
      params: {},
    });
  }
}
