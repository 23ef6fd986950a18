package org.custodian.people.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.custodian.model.Course;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;
import org.custodian.model.Trust;

/** Looks staff, groups and courses of a trust up by the keys the imports use; creates groups on first use. */
public final class Directory {
	private final Trust trust;
	private final Map<String, Staff> staff = new HashMap<>();
	private final Map<String, StaffGroup> groups = new HashMap<>();
	private final Map<String, Course> courses = new HashMap<>();

	public Directory(Trust trust) {
		this.trust = trust;
		trust.getStaff().forEach(this::add);
		trust.getStaffGroups().forEach(g -> groups.put(key(g.getName()), g));
		trust.getCourses().forEach(c -> courses.put(key(c.getCode()), c));
	}

	public Trust trust() {
		return trust;
	}

	/** The member of staff with this staff number (case and spaces ignored), or null. */
	public Staff staff(String staffNumber) {
		return staffNumber == null ? null : staff.get(key(staffNumber));
	}

	void add(Staff s) {
		if (s.getStaffNumber() != null) {
			staff.put(key(s.getStaffNumber()), s);
		}
	}

	public Course course(String code) {
		return code == null ? null : courses.get(key(code));
	}

	void add(Course c) {
		courses.put(key(c.getCode()), c);
	}

	public StaffGroup group(String name) {
		return name == null ? null : groups.get(key(name));
	}

	/** The group of that name, created in the trust when it is new. */
	StaffGroup groupOrNew(String name) {
		return groups.computeIfAbsent(key(name), k -> {
			StaffGroup g = ModelFactory.eINSTANCE.createStaffGroup();
			g.setName(name);
			trust.getStaffGroups().add(g);
			return g;
		});
	}

	static String key(String s) {
		return s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
	}

	/** "Given Family", for lists and messages. */
	public static String name(Staff s) {
		if (s == null) {
			return null;
		}
		String given = s.getGivenName() == null ? "" : s.getGivenName() + " ";
		return given + (s.getFamilyName() == null ? "" : s.getFamilyName());
	}
}
