"""SMK electronic training cards and exam (PES) applications (rule set "smk-2023")."""
