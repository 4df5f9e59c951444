-- Where the publisher allows it, the QR code of a credential opens the publisher's sign-in page with the login
-- filled in: the pool's link, with {login} where the login goes (https only). Empty: the QR code holds the address
-- of the resource.
ALTER TABLE credential_pool ADD COLUMN login_link VARCHAR(500) NULL;
