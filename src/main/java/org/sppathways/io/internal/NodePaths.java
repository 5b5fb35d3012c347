package org.sppathways.io.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the node a problem path such as {@code roles[3].requires[0].competency} names. Internal. */
public final class NodePaths {
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

  private NodePaths() {}

  /** The deepest node along the path that exists (the root for an empty path). */
  public static Node find(Node root, String path) {
    Node at = root;
    Matcher m = SEGMENT.matcher(path);
    while (m.find() && at != null) {
      Node next = null;
      if (m.group(1) != null && at instanceof Node.MapNode) {
        next = ((Node.MapNode) at).entries().get(m.group(1));
      } else if (m.group(2) != null && at instanceof Node.ListNode) {
        int i = Integer.parseInt(m.group(2));
        java.util.List<Node> items = ((Node.ListNode) at).items();
        next = i < items.size() ? items.get(i) : null;
      }
      if (next == null) {
        break;
      }
      at = next;
    }
    return at;
  }
}
