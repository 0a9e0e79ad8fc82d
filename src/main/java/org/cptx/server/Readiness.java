package org.cptx.server;

/**
 * Whether the server takes work: false until Jetty has started (the content is loaded before that),
 * true while it runs, false again from the moment it begins to stop.
 */
final class Readiness {

  enum State {
    STARTING,
    READY,
    STOPPING
  }

  private volatile State state = State.STARTING;

  State state() {
    return state;
  }

  boolean ready() {
    return state == State.READY;
  }

  void started() {
    if (state == State.STARTING) {
      state = State.READY;
    }
  }

  void stopping() {
    state = State.STOPPING;
  }
}
