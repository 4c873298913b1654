export var y = 2;
