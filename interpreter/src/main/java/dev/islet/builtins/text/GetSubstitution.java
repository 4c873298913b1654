package dev.islet.builtins.text;

import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** GetSubstitution — https://tc39.es/ecma262/#sec-getsubstitution: expands $$, $&, $`, $', $n, $nn and $<name>. */
final class GetSubstitution {
  private GetSubstitution() {}

  /**
   * Appends the expansion of {@code template} to {@code out}. {@code captures} holds the strings
   * (or undefined) of groups 1..m; {@code namedCaptures} is an object or undefined.
   */
  static void expand(Realm realm, StringBuilder out, String matched, String str, int position, Object[] captures,
      Object namedCaptures, String template) {
    int stringLength = str.length();
    int n = template.length();
    int captureLen = captures.length;
    int i = 0;
    while (i < n) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0 || dollar == n - 1) {
        append(realm, out, template, i, n);
        return;
      }
      append(realm, out, template, i, dollar);
      char c = template.charAt(dollar + 1);
      i = dollar + 2;
      switch (c) {
        case '$' -> append(realm, out, "$", 0, 1);
        case '`' -> append(realm, out, str, 0, Math.min(position, stringLength));
        case '&' -> append(realm, out, matched, 0, matched.length());
        case '\'' -> {
          int tailPos = Math.min(position + matched.length(), stringLength);
          append(realm, out, str, tailPos, stringLength);
        }
        case '<' -> {
          int gtPos = template.indexOf('>', dollar + 2);
          if (gtPos < 0 || namedCaptures == Undefined.INSTANCE) {
            append(realm, out, "$<", 0, 2);
          } else {
            String groupName = template.substring(dollar + 2, gtPos);
            JsObject groups = (JsObject) namedCaptures;
            Object capture = groups.get(realm, groupName, groups);
            if (capture != Undefined.INSTANCE) {
              String v = TypeConversion.toString(realm, capture);
              append(realm, out, v, 0, v.length());
            }
            i = gtPos + 1;
          }
        }
        default -> {
          if (c < '0' || c > '9') {
            append(realm, out, template, dollar, dollar + 1);
            i = dollar + 1;
            break;
          }
          int index = c - '0';
          int digitCount = 1;
          if (dollar + 2 < n) {
            char d2 = template.charAt(dollar + 2);
            if (d2 >= '0' && d2 <= '9') {
              int two = index * 10 + (d2 - '0');
              if (two <= captureLen) {
                index = two;
                digitCount = 2;
              }
            }
          }
          i = dollar + 1 + digitCount;
          if (index >= 1 && index <= captureLen) {
            Object capture = captures[index - 1];
            if (capture != Undefined.INSTANCE) {
              String v = (String) capture;
              append(realm, out, v, 0, v.length());
            }
          } else {
            append(realm, out, template, dollar, i);
          }
        }
      }
    }
  }

  private static void append(Realm realm, StringBuilder out, String s, int from, int to) {
    int added = to - from;
    if (added > 0) {
      realm.agent.chargeAppend(realm, (long) out.length() + added, added);
      out.append(s, from, to);
    }
  }
}
