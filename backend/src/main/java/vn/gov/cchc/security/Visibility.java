package vn.gov.cchc.security;

import java.util.List;

import vn.gov.cchc.unit.Unit;

/**
 * What a caller may see of objects owned by units (plans today, reports later):
 * <ul>
 * <li>{@code everything}: every owner; with {@code publishedOnly} only published objects;</li>
 * <li>otherwise objects owned inside {@code subtreePath} (unpublished ones too unless
 * {@code publishedOnly}), and published objects owned by {@code ancestorIds}.</li>
 * </ul>
 * A caller with no unit and no global role sees nothing.
 */
public record Visibility(boolean everything, boolean publishedOnly, String subtreePath, List<Long> ancestorIds) {

    public static final Visibility NOTHING = new Visibility(false, true, null, List.of());

    public boolean nothing() {
        return !everything && subtreePath == null && ancestorIds.isEmpty();
    }

    /** Evaluates the rule for one object owned by {@code owner}. */
    public boolean allows(Unit owner, boolean published) {
        if (owner == null) {
            return false;
        }
        if (everything) {
            return published || !publishedOnly;
        }
        if (subtreePath != null && owner.path.startsWith(subtreePath) && (published || !publishedOnly)) {
            return true;
        }
        return published && ancestorIds.contains(owner.id);
    }
}
