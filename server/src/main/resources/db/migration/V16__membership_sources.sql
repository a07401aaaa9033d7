-- Where a membership's role came from: granted by hand (creator, member manager, invitation) or by
-- the user's directory groups at single sign-on. "role" stays the role in effect. Single sign-on
-- removes or lowers only what it granted; existing memberships count as granted by hand.
ALTER TABLE membership ADD COLUMN manual_role VARCHAR(20);
ALTER TABLE membership ADD COLUMN sso_role VARCHAR(20);
UPDATE membership SET manual_role = role;
ALTER TABLE membership ADD CONSTRAINT ck_membership_granted CHECK (manual_role IS NOT NULL OR sso_role IS NOT NULL);
