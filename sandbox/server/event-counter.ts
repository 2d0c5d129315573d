/** Counts what the learner's browser sent: learner events by endpoint, and every non-GET request. */
export class EventCounter {
  private learnerEvents = 0;
  private byEndpoint: Record<string, number> = {};
  private nonGetRequests = 0;

  recordNonGetRequest(): void {
    this.nonGetRequests++;
  }

  recordLearnerEvent(endpoint: string): void {
    this.learnerEvents++;
    this.byEndpoint[endpoint] = (this.byEndpoint[endpoint] ?? 0) + 1;
  }

  reset(): void {
    this.learnerEvents = 0;
    this.byEndpoint = {};
    this.nonGetRequests = 0;
  }

  /** The `GET /_sandbox/events` body. */
  snapshot() {
    return {
      learnerEvents: this.learnerEvents,
      byEndpoint: { ...this.byEndpoint },
      nonGetRequests: this.nonGetRequests,
    };
  }
}
