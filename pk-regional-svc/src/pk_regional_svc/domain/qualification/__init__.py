"""SMK qualification proceedings (postępowanie kwalifikacyjne), rule set smk-2023: the sessions'
windows, what an application may list, and the assignment of places by score."""
