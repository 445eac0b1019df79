// What each role is, in one place: staff speak for the brand, moderators keep the place clean.
import { Role } from '../accounts/account.entity';

/** Employees and admins speak for the brand: their answers are official, they see the care console. */
export const STAFF_ROLES: readonly Role[] = [Role.EMPLOYEE, Role.ADMIN];

export const isStaffRole = (role: Role) => STAFF_ROLES.includes(role);

/** Moderators and admins keep the place clean. */
export const isModeratorRole = (role: Role) => role === Role.MODERATOR || role === Role.ADMIN;

export const isAdminRole = (role: Role) => role === Role.ADMIN;

/** Staff and moderators have every reputation privilege. */
export const hasAllPrivileges = (role: Role) => role !== Role.MEMBER;
