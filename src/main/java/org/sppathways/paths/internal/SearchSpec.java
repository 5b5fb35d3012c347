package org.sppathways.paths.internal;

import org.sppathways.graph.internal.RoleGraph;

/**
 * One search's set-up on a {@link RoleGraph}: the edge weights as vectors of {@code c} long
 * components compared lexicographically, the source and its personalised first-step weights,
 * which vertices and edges may be used, resource limits on steps and months, and the work
 * counter.
 *
 * <p>Every edge must weigh strictly more than nothing in the lexicographic order; the searches
 * guarantee it by always carrying a steps component (1 per edge). Not thread-safe: build one per
 * query.
 */
public final class SearchSpec {
  /** The graph searched. */
  public final RoleGraph g;
  /** Number of weight components. */
  public final int c;
  /** {@code w[i][e]}: component i of edge e's weight. */
  public final long[][] w;
  /** The source vertex; it is never entered again. */
  public final int source;
  /** Overrides of the weights of the source's out-edges, {@code first[i][e - outStart[source]]}, or null. */
  public final long[][] first;
  /** Vertices that may be entered ({@code null}: all). The source is exempt. */
  public final boolean[] vertexOk;
  /** Edges that may be used ({@code null}: all). */
  public final boolean[] edgeOk;
  /** A further vertex that is never entered, or -1. */
  public final int forbidden;
  /** The key of what precedes the source (an entry step), added to every path; c zeros if none. */
  public final long[] offset;
  /** The component counting steps. */
  public final int stepsComp;
  /** The component counting months. */
  public final int monthsComp;
  /** Most steps in a path, counting the offset ({@link Long#MAX_VALUE}: no limit). */
  public final long maxSteps;
  /** Most months in a path, counting the offset ({@link Long#MAX_VALUE}: no limit). */
  public final long maxMonths;
  /** The work counter, shared by the searches of one query. */
  public final Work work;

  /**
   * A search set-up; see the fields for the meaning of each argument. The arrays are used as
   * they are, not copied.
   */
  public SearchSpec(RoleGraph g, long[][] w, int source, long[][] first, boolean[] vertexOk,
      boolean[] edgeOk, int forbidden, long[] offset, int stepsComp, int monthsComp,
      long maxSteps, long maxMonths, Work work) {
    this.g = g;
    this.c = w.length;
    this.w = w;
    this.source = source;
    this.first = first;
    this.vertexOk = vertexOk;
    this.edgeOk = edgeOk;
    this.forbidden = forbidden;
    this.offset = offset == null ? new long[c] : offset;
    this.stepsComp = stepsComp;
    this.monthsComp = monthsComp;
    this.maxSteps = maxSteps;
    this.maxMonths = maxMonths;
    this.work = work;
  }

  /** Whether a path may enter vertex v. */
  public boolean enterable(int v) {
    return v != source && v != forbidden && (vertexOk == null || vertexOk[v]);
  }

  /** Whether edge e may be used: the edge is allowed and its target may be entered. */
  public boolean usable(int e) {
    return (edgeOk == null || edgeOk[e]) && enterable(g.head[e]);
  }

  /** Component i of edge e's weight, with the source's overrides. */
  public long weight(int i, int e) {
    if (first != null && g.tail[e] == source) {
      return first[i][e - g.outStart[source]];
    }
    return w[i][e];
  }

  /** Whether any resource limit is set. */
  public boolean limited() {
    return maxSteps != Long.MAX_VALUE || maxMonths != Long.MAX_VALUE;
  }

  /** Whether a key is within the limits. */
  public boolean within(long[] key, int at) {
    return key[at + stepsComp] <= maxSteps && key[at + monthsComp] <= maxMonths;
  }

  /** Counts work done by the searches of one query against a limit. Not thread-safe. */
  public static final class Work {
    private final long limit;
    private long used;

    /** A counter with the given limit. */
    public Work(long limit) {
      this.limit = limit;
    }

    /** Adds units of work; returns false once the limit is passed. */
    public boolean add(long units) {
      used += units;
      return used <= limit;
    }

    /** Whether the limit has been passed. */
    public boolean exhausted() {
      return used > limit;
    }

    /** The work done so far. */
    public long used() {
      return used;
    }
  }
}
