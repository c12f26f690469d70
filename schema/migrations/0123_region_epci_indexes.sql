-- Issue 12 §1: the codeRegion / slugRegion and codeEpci filters read the COG columns of migration 0081; with id second,
-- a région's or an EPCI's page comes in id order from the index and stops after the page (as 0031 for départements).
CREATE INDEX structures_code_region_idx ON marts.structures (code_region, id);
CREATE INDEX services_code_region_idx ON marts.services (code_region, id);
CREATE INDEX structures_code_epci_idx ON marts.structures (code_epci, id);
CREATE INDEX services_code_epci_idx ON marts.services (code_epci, id);
